namespace VocEd.Reports.Models;

/// <summary>
/// One indicator of the 概览 KPI table (cube_quality column <see cref="Column"/>): the region's value, the nation's, the
/// parent region's, last year's, and the change against last year (percentage points for rates).
/// </summary>
public sealed record KpiRow(string Column, Figure Value, Figure Nation, Figure Parent, Figure LastYear, Figure Change);
