using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>Indicators of one region over academic years (oldest first); every series has a value (or null) per year.</summary>
public sealed record TrendChartModel(string Title, IReadOnlyList<int> Years, IReadOnlyList<TrendSeries> Series, ValueFormat Format);
