using ScottPlot;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>
/// A scatter of LQ of supply (x) against LQ of demand (y), one point per section labelled with its code (names in the table beside), with the lines LQ = 1
/// and the diagonal: a section right of the diagonal trains more, relative to the nation, than its industry
/// weighs here. Sections without both quotients are listed under the plot as "—".
/// </summary>
public static class LocationQuotientChart
{
    public const int Width = 760;
    public const int Height = 600;

    public static RenderedChart Render(LocationQuotientChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var drawn = model.Sections
            .Select(s => (Section: s, X: s.Supply ?? double.NaN, Y: s.Demand ?? double.NaN))
            .Where(p => !double.IsNaN(p.X) && !double.IsNaN(p.Y))
            .ToList();

        // Up to a little past the largest quotient (at least 1.25, so the lines at 1 are never on the edge).
        var high = Math.Max(1.25, drawn.Count == 0 ? 0 : drawn.Max(p => Math.Max(p.X, p.Y)) * 1.12);
        var diagonal = plot.Add.Line(0, 0, high, high);
        diagonal.Color = ChartPalette.Muted;
        diagonal.LinePattern = LinePattern.Dashed;
        var vertical = plot.Add.VerticalLine(1);
        vertical.Color = ChartPalette.Muted;
        var horizontal = plot.Add.HorizontalLine(1);
        horizontal.Color = ChartPalette.Muted;
        foreach (var (section, x, y) in drawn)
        {
            var point = plot.Add.Marker(x, y);
            point.Color = ChartPalette.Supply;
            point.Size = 9;
            var label = plot.Add.Text(section.Code, x, y);
            label.LabelFontSize = 12;
            label.LabelBold = true;
            label.LabelFontColor = ChartPalette.Text;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 6;
            label.OffsetY = -3;
        }

        var missing = model.Sections.Except(drawn.Select(p => p.Section)).Select(s => s.Code).ToList();
        if (missing.Count > 0)
        {
            var note = plot.Add.Text($"{ValueText.Missing} 无区位熵：{string.Join("、", missing)}", high * 0.02, high * 0.98);
            note.LabelFontSize = 10;
            note.LabelFontColor = ChartPalette.Muted;
            note.LabelAlignment = Alignment.UpperLeft;
        }

        plot.Axes.Bottom.Label.Text = "供给区位熵 LQ（在校生）";
        plot.Axes.Left.Label.Text = "需求区位熵 LQ（产业）";
        plot.Axes.SetLimits(0, high, 0, high);
        plot.Title(model.Title);
        return ChartOutput.Render(plot, Width, Height);
    }
}
