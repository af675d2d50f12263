namespace VocEd.Reports.Models;

/// <summary>
/// One indicator of the alignment 概览 for a supply basis (enrollment, graduates) × demand basis (value_added,
/// employment): the region's value, the nation's, last year's and the change (cube_alignment column <see cref="Column"/>).
/// </summary>
public sealed record AlignmentKpiRow(string SupplyBasis, string DemandBasis, string Column, Figure Value, Figure Nation, Figure LastYear, Figure Change);
