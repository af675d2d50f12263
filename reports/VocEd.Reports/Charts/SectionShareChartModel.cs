namespace VocEd.Reports.Charts;

/// <summary>Supply against demand shares by industry section for one region and year, sections in code order.</summary>
public sealed record SectionShareChartModel(string Title, string SupplyLabel, string DemandLabel, IReadOnlyList<SectionShare> Sections);
