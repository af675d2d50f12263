using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>
/// One line per indicator over academic years, each point labelled with its value. A missing or suppressed year
/// breaks the line and is marked "—" on the axis, so a gap never reads as a fall to zero.
/// </summary>
public static class TrendChart
{
    public const int Width = 760;
    public const int Height = 440;

    public static RenderedChart Render(TrendChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var xs = model.Years.Select(y => (double)y).ToArray();
        var values = model.Series.SelectMany(s => s.Values).OfType<double>().Where(v => !double.IsNaN(v)).ToList();
        var low = values.Count == 0 ? 0 : values.Min();
        var high = values.Count == 0 ? 1 : values.Max();
        var pad = Math.Max((high - low) * 0.15, Math.Abs(high) * 0.05 + 1e-9);
        var bottom = low - pad;
        for (var s = 0; s < model.Series.Count; s++)
        {
            var series = model.Series[s];
            var color = ChartPalette.Series[s % ChartPalette.Series.Length];
            var ys = model.Years.Select((_, i) => i < series.Values.Count && series.Values[i] is { } v ? v : double.NaN).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = series.Name;
            for (var i = 0; i < xs.Length; i++)
            {
                var missing = double.IsNaN(ys[i]);
                var label = plot.Add.Text(missing ? ValueText.Missing : ValueText.Format(ys[i], model.Format), xs[i], missing ? bottom : ys[i]);
                label.LabelFontSize = 10;
                label.LabelFontColor = missing ? ChartPalette.Muted : color;
                label.LabelAlignment = Alignment.LowerCenter;
                label.OffsetY = missing ? 0 : -6;
            }
        }

        var ticks = new NumericManual();
        foreach (var year in model.Years)
        {
            ticks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.Label.Text = "学年";
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => ValueText.Format(v, model.Format) };
        var first = xs.Length == 0 ? 0 : xs[0];
        var last = xs.Length == 0 ? 1 : xs[^1];
        plot.Axes.SetLimits(first - 0.5, last + 0.5, bottom, high + pad);
        plot.Title(model.Title);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return ChartOutput.Render(plot, Width, Height);
    }
}
