using System.Xml;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace VocEd.Reports.Workbooks;

/// <summary>
/// Native charts beside their data. EPPlus 4.5 writes bar series without a fill, and LibreOffice then draws nothing;
/// each bar series gets an explicit solid fill (<c>c:spPr</c>) in the chart XML, and line series a line colour.
/// </summary>
internal static class ChartStyle
{
    private const string _chartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string _drawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const int _pixelsPerRow = 20;

    /// <summary>A clustered bar (or column) chart with one series per value column, over the rows of <paramref name="table"/>.</summary>
    public static ExcelBarChart Bars(
        ExcelWorksheet sheet, string name, string title, TableRange table, string categoryHeader, IReadOnlyList<string> valueHeaders, int firstRow, int lastRow, bool horizontal)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(valueHeaders);
        var chart = (ExcelBarChart)sheet.Drawings.AddChart(name, horizontal ? eChartType.BarClustered : eChartType.ColumnClustered);
        var categories = sheet.Cells[firstRow, table.ColumnOf(categoryHeader), lastRow, table.ColumnOf(categoryHeader)];
        foreach (var header in valueHeaders)
        {
            var column = table.ColumnOf(header);
            var series = chart.Series.Add(sheet.Cells[firstRow, column, lastRow, column], categories);
            series.HeaderAddress = sheet.Cells[table.HeaderRow, column];
        }

        chart.Title.Text = title;
        chart.Legend.Position = eLegendPosition.Bottom;
        if (valueHeaders.Count == 1)
        {
            chart.Legend.Remove();
        }

        if (horizontal)
        {
            // Bars read top-down in the table's order.
            chart.XAxis.Orientation = eAxisOrientation.MaxMin;
        }

        var rows = lastRow - firstRow + 1;
        Place(chart, table, horizontal ? Math.Max(320, (rows * 22) + 110) : 360, horizontal ? 520 : Math.Max(520, (rows * 60) + 160));
        FillBars(chart);
        return chart;
    }

    /// <summary>A line chart with one coloured line per value column, over the rows of <paramref name="table"/>.</summary>
    public static ExcelLineChart Lines(ExcelWorksheet sheet, string name, string title, TableRange table, string categoryHeader, IReadOnlyList<string> valueHeaders)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(valueHeaders);
        var chart = (ExcelLineChart)sheet.Drawings.AddChart(name, eChartType.LineMarkers);
        var categories = sheet.Cells[table.FirstRow, table.ColumnOf(categoryHeader), table.LastRow, table.ColumnOf(categoryHeader)];
        for (var i = 0; i < valueHeaders.Count; i++)
        {
            var column = table.ColumnOf(valueHeaders[i]);
            var series = (ExcelLineChartSerie)chart.Series.Add(sheet.Cells[table.FirstRow, column, table.LastRow, column], categories);
            series.HeaderAddress = sheet.Cells[table.HeaderRow, column];
            series.LineColor = Palette.SeriesColor(i);
            series.MarkerLineColor = Palette.SeriesColor(i);
            series.LineWidth = 2.25;
        }

        chart.Title.Text = title;
        chart.Legend.Position = eLegendPosition.Bottom;
        Place(chart, table, 360, 620);
        return chart;
    }

    /// <summary>Puts a chart two columns right of its table, level with the table header.</summary>
    private static void Place(ExcelChart chart, TableRange table, int height, int width)
    {
        chart.SetPosition(table.HeaderRow - 1, 0, table.LastColumn + 1, 0);
        chart.SetSize(width, height);
    }

    /// <summary>Gives every series of a bar chart a solid fill of the palette, in series order.</summary>
    public static void FillBars(ExcelChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var xml = chart.ChartXml;
        var names = new XmlNamespaceManager(xml.NameTable);
        names.AddNamespace("c", _chartNs);
        var index = 0;
        foreach (XmlElement series in xml.SelectNodes("//c:barChart/c:ser", names) ?? throw new InvalidOperationException("chart XML has no series list"))
        {
            foreach (var old in series.SelectNodes("c:spPr", names)?.Cast<XmlNode>().ToList() ?? [])
            {
                series.RemoveChild(old);
            }

            var shape = xml.CreateElement("c", "spPr", _chartNs);
            var fill = xml.CreateElement("a", "solidFill", _drawingNs);
            var colour = xml.CreateElement("a", "srgbClr", _drawingNs);
            colour.SetAttribute("val", Palette.Series[index++ % Palette.Series.Count]);
            fill.AppendChild(colour);
            shape.AppendChild(fill);

            // c:spPr follows c:idx, c:order and c:tx in a series (CT_BarSer).
            var after = series.SelectSingleNode("c:tx", names) ?? series.SelectSingleNode("c:order", names);
            series.InsertAfter(shape, after);
        }
    }

    /// <summary>Rows a chart spans at the default row height, for placing what comes below it.</summary>
    public static int RowsFor(int heightPixels) => (heightPixels / _pixelsPerRow) + 1;
}
