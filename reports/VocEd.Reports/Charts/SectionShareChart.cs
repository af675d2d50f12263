using ScottPlot;
using ScottPlot.TickGenerators;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>
/// Clustered horizontal bars: for each section (first at the top) the supply share beside the demand share, each
/// bar labelled with its percentage. A missing share draws no bar and a "—" at zero.
/// </summary>
public static class SectionShareChart
{
    public const int Width = 860;
    public const int Height = 720;

    public static RenderedChart Render(SectionShareChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new NumericManual();
        var count = model.Sections.Count;
        for (var i = 0; i < count; i++)
        {
            var section = model.Sections[i];
            var y = count - 1 - i;
            ticks.AddMajor(y, $"{section.Code} {section.Name}");
            AddBar(plot, bars, section.SupplyShare, y + 0.2, ChartPalette.Supply);
            AddBar(plot, bars, section.DemandShare, y - 0.2, ChartPalette.Demand);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 10;
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => ValueText.Format(v, ValueFormat.Percent) };
        var top = Math.Max(0.05, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        plot.Axes.SetLimits(0, top * 1.18, -0.7, count - 0.3);
        plot.Title(model.Title);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = model.SupplyLabel, FillColor = ChartPalette.Supply });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = model.DemandLabel, FillColor = ChartPalette.Demand });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return ChartOutput.Render(plot, Width, Height);
    }

    private static void AddBar(Plot plot, List<Bar> bars, double? share, double position, Color color)
    {
        if (share is { } value && !double.IsNaN(value))
        {
            bars.Add(new Bar { Position = position, Value = value, Size = 0.38, FillColor = color, Label = ValueText.Format(value, ValueFormat.Percent) });
            return;
        }

        var missing = plot.Add.Text(ValueText.Missing, 0, position);
        missing.LabelFontSize = 10;
        missing.LabelFontColor = ChartPalette.Muted;
        missing.LabelAlignment = Alignment.MiddleLeft;
    }
}
