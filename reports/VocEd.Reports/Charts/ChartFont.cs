using ScottPlot;
using ScottPlot.Plottables;

namespace VocEd.Reports.Charts;

/// <summary>
/// The one font every chart draws with. ScottPlot's default font has no CJK glyphs and draws boxes for Chinese,
/// so each chart names a CJK font explicitly (fonts-wqy-microhei, installed by scripts/prereqs.sh).
/// </summary>
internal static class ChartFont
{
    public const string Family = "WenQuanYi Micro Hei";

    /// <summary>
    /// Sets the font on every part of the plot; called last, after every plottable is added. The plot-wide setter
    /// leaves the legend, text plottables and bar value labels with their own font, so those are set one by one.
    /// </summary>
    public static void Apply(Plot plot)
    {
        plot.Font.Set(Family);
        plot.Legend.FontName = Family;
        foreach (var plottable in plot.PlottableList)
        {
            switch (plottable)
            {
                case Text text:
                    text.LabelFontName = Family;
                    break;
                case BarPlot bars:
                    bars.ValueLabelStyle.FontName = Family;
                    break;
            }
        }
    }
}
