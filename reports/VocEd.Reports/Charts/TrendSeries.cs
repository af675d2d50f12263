namespace VocEd.Reports.Charts;

/// <summary>One indicator over the years of a <see cref="TrendChartModel"/>: a value per year, null where it is missing or suppressed.</summary>
public sealed record TrendSeries(string Name, IReadOnlyList<double?> Values);
