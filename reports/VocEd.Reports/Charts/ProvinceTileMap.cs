using ScottPlot;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>
/// A tile-grid map of the provinces (<see cref="ProvinceTileLayout"/>): each tile coloured by the class of its value
/// (five equal intervals between the lowest and highest value shown) and labelled with its short name and value.
/// A province without data, or whose value is suppressed, is a grey tile labelled "—"; the legend says so.
/// </summary>
public static class ProvinceTileMap
{
    public const int Width = 880;
    public const int Height = 760;
    private const double _size = 0.92;

    public static RenderedChart Render(ProvinceTileMapModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plot = new Plot();
        var byCode = model.Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var shown = model.Provinces.Select(p => p.Value ?? double.NaN).Where(v => !double.IsNaN(v)).ToList();
        var classes = new TileClasses(shown);
        foreach (var (code, tile) in ProvinceTileLayout.Tiles)
        {
            byCode.TryGetValue(code, out var province);
            var value = province?.Value is { } v && !double.IsNaN(v) ? v : (double?)null;
            var shade = value is { } x ? classes.PaletteIndex(classes.IndexOf(x)) : -1;
            var fill = shade < 0 ? ChartPalette.Missing : ChartPalette.Classes[shade];
            var left = tile.Column;
            var top = -tile.Row;
            var square = plot.Add.Rectangle(left, left + _size, top - _size, top);
            square.FillColor = fill;
            square.LineColor = Colors.White;
            var ink = shade >= 3 ? Colors.White : ChartPalette.Text;
            AddLabel(plot, tile.ShortName, left + (_size / 2), top - (_size * 0.34), 13, ink, bold: true);
            AddLabel(plot, ValueText.Format(value, model.Format), left + (_size / 2), top - (_size * 0.7), 11, ink, bold: false);
        }

        for (var i = 0; i < classes.Count; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = classes.Label(i, model.Format), FillColor = ChartPalette.Classes[classes.PaletteIndex(i)] });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{ValueText.Missing} 无数据或样本不足", FillColor = ChartPalette.Missing });
        plot.Legend.Alignment = Alignment.LowerLeft;
        plot.ShowLegend();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.SetLimits(-0.1, ProvinceTileLayout.Columns, -ProvinceTileLayout.Rows, 0.1);
        plot.Title($"{model.Title}（{model.IndicatorName}）");
        return ChartOutput.Render(plot, Width, Height);
    }

    private static void AddLabel(Plot plot, string text, double x, double y, float size, Color color, bool bold)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelFontColor = color;
        label.LabelBold = bold;
        label.LabelAlignment = Alignment.MiddleCenter;
    }
}
