using ScottPlot;

namespace VocEd.Reports.Charts;

/// <summary>The colours the charts share, so supply and demand look the same on every chart and page.</summary>
internal static class ChartPalette
{
    public static readonly Color Supply = Color.FromHex("#2B6CB0");
    public static readonly Color Demand = Color.FromHex("#DD6B20");

    /// <summary>A value that is missing or suppressed.</summary>
    public static readonly Color Missing = Color.FromHex("#C8C8C8");

    public static readonly Color Text = Color.FromHex("#1A202C");
    public static readonly Color Muted = Color.FromHex("#718096");

    /// <summary>Light to dark classes of a map; the last two are dark enough for white labels.</summary>
    public static readonly Color[] Classes =
    [
        Color.FromHex("#DEEBF7"),
        Color.FromHex("#9ECAE1"),
        Color.FromHex("#6BAED6"),
        Color.FromHex("#3182BD"),
        Color.FromHex("#08519C"),
    ];

    /// <summary>Lines of a trend chart, one per series.</summary>
    public static readonly Color[] Series =
    [
        Color.FromHex("#2B6CB0"),
        Color.FromHex("#DD6B20"),
        Color.FromHex("#38A169"),
        Color.FromHex("#805AD5"),
        Color.FromHex("#D53F8C"),
        Color.FromHex("#319795"),
    ];
}
