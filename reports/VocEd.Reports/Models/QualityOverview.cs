namespace VocEd.Reports.Models;

/// <summary>The 概览 sheet of the quality report: the KPI table, and the thresholds of each school type present in the scope.</summary>
public sealed record QualityOverview(IReadOnlyList<KpiRow> Kpis, IReadOnlyList<ThresholdRow> Thresholds);
