namespace VocEd.Reports.Charts;

/// <summary>Location quotients of supply against demand for each section of one region and year.</summary>
public sealed record LocationQuotientChartModel(string Title, IReadOnlyList<SectionQuotient> Sections);
