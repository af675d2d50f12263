using System.Xml;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using VocEd.Reports.Catalog;
using VocEd.Reports.Tests.Support;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Workbooks;

/// <summary>The rendered workbooks read back with EPPlus and their XML: sheets, frozen headers, filters, number formats, charts and their ranges, print setup.</summary>
public sealed class WorkbookStructureTests
{
    private RenderedReports _r = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task RenderOnceAsync() => _r = await RenderedReports.ForAsync(WarehouseProvider.Sqlite);

    private static IEnumerable<TestCaseData> Workbooks() =>
        ReportCatalog.All.SelectMany(r => RenderedReports.Scopes.Select(s => new TestCaseData(r.Id, s)));

    private ExcelPackage Open(string report, string scope) => new(new FileInfo(_r.Files[(report, scope)]));

    [TestCaseSource(nameof(Workbooks))]
    public void Sheets_are_the_published_ones_in_order(string report, string scope)
    {
        using var package = Open(report, scope);
        Assert.That(package.Workbook.Worksheets.Select(w => w.Name), Is.EqualTo(ReportCatalog.Get(report).Sheets));
        Assert.That(Path.GetFileName(_r.Files[(report, scope)]), Does.Match(@"^(CN|\d{2}|\d{4})_[^\s<>:""/\\|?*]+_" + ReportCatalog.Get(report).Title + @"_2024学年\.xlsx$"));
    }

    [TestCaseSource(nameof(Workbooks))]
    public void Every_table_has_a_filter_and_every_sheet_with_a_table_freezes_its_header(string report, string scope)
    {
        using var package = Open(report, scope);
        foreach (var sheet in package.Workbook.Worksheets)
        {
            var names = new XmlNamespaceManager(sheet.WorksheetXml.NameTable);
            names.AddNamespace("d", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
            var pane = sheet.WorksheetXml.SelectSingleNode("//d:sheetView/d:pane", names) as XmlElement;
            if (sheet.Tables.Count == 0)
            {
                Assert.That(sheet.Cells[5, 1].Text, Is.Not.Empty, $"{sheet.Name}: a sheet without a table says why in one line");
                continue;
            }

            foreach (var table in sheet.Tables)
            {
                Assert.That(table.ShowFilter, $"{sheet.Name} {table.Name}: filter");
                Assert.That(table.TableXml.OuterXml, Does.Contain("autoFilter"), $"{sheet.Name} {table.Name}: autoFilter written");
            }

            Assert.That(pane, Is.Not.Null, $"{sheet.Name}: frozen panes");
            Assert.That(pane!.GetAttribute("state"), Is.EqualTo("frozen"));
            var header = sheet.Tables.Min(t => t.Address.Start.Row);
            Assert.That(pane.GetAttribute("ySplit"), Is.EqualTo(header.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{sheet.Name}: rows down to the first table's header stay in view");
            for (var column = 1; column <= sheet.Tables.Max(t => t.Address.End.Column); column++)
            {
                Assert.That(sheet.Column(column).Width, Is.GreaterThanOrEqualTo(8), $"{sheet.Name} column {column}: explicit width");
            }
        }
    }

    [TestCaseSource(nameof(Workbooks))]
    public void Every_sheet_prints_a4_landscape_one_page_wide_with_title_and_page_numbers(string report, string scope)
    {
        using var package = Open(report, scope);
        foreach (var sheet in package.Workbook.Worksheets)
        {
            var print = sheet.PrinterSettings;
            Assert.That((print.PaperSize, print.Orientation, print.FitToPage, print.FitToWidth, print.FitToHeight),
                Is.EqualTo((ePaperSize.A4, eOrientation.Landscape, true, 1, 0)), sheet.Name);
            Assert.That(sheet.HeaderFooter.OddHeader.CenteredText, Does.Contain(ReportCatalog.Get(report).Title).And.Contain(sheet.Name));
            Assert.That(sheet.HeaderFooter.OddFooter.RightAlignedText, Does.Contain("&P").And.Contain("&N"));
        }
    }

    [Test]
    public void Numbers_carry_percent_money_ratio_and_count_formats()
    {
        using var package = Open(ReportCatalog.RegionalQualityId, "44");
        var sheet = package.Workbook.Worksheets[SheetNames.Regions];
        var formats = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["毕业去向落实率"] = "0.0%",
            ["月收入中位数"] = "#,##0\" 元\"",
            ["生均仪器设备值"] = "#,##0\" 元\"",
            ["生师比"] = "0.00",
            ["学校数"] = "#,##0",
            ["代码"] = "@",
        };
        foreach (var (header, format) in formats)
        {
            var column = Enumerable.Range(1, 30).Single(c => sheet.Cells[5, c].Text == header);
            Assert.That(sheet.Cells[6, column].Style.Numberformat.Format, Is.EqualTo(format), header);
            if (header is not "代码" and not "月收入中位数")
            {
                Assert.That(sheet.Cells[6, column].Value, Is.TypeOf<double>(), $"{header} is a number, not text");
            }
        }

        var overview = package.Workbook.Worksheets[SheetNames.Overview];
        var change = Enumerable.Range(1, 10).Single(c => overview.Cells[5, c].Text == "较上年变化");
        var placement = Enumerable.Range(6, 12).Single(r => overview.Cells[r, 1].Text == "毕业去向落实率");
        Assert.That(overview.Cells[placement, change].Style.Numberformat.Format, Does.Contain("个百分点"), "a rate changes in percentage points");
    }

    [TestCase("CN")]
    [TestCase("44")]
    public void Regions_have_a_bar_chart_of_the_placement_rate_over_the_table_and_a_colour_scale(string scope)
    {
        using var package = Open(ReportCatalog.RegionalQualityId, scope);
        var sheet = package.Workbook.Worksheets[SheetNames.Regions];
        var table = sheet.Tables.Single();
        var chart = (ExcelBarChart)sheet.Drawings.Single();
        var column = Enumerable.Range(1, 30).Single(c => sheet.Cells[table.Address.Start.Row, c].Text == "毕业去向落实率");
        Assert.That(chart.Series.Count, Is.EqualTo(1));
        var series = chart.Series[0];
        Assert.That(Address(series.Series), Is.EqualTo(new ExcelAddress(table.Address.Start.Row + 1, column, table.Address.End.Row, column).Address));
        Assert.That(Address(series.XSeries), Is.EqualTo(new ExcelAddress(table.Address.Start.Row + 1, 2, table.Address.End.Row, 2).Address), "categories are the names");
        AssertBarsFilled(chart);
        Assert.That(sheet.ConditionalFormatting.Count, Is.GreaterThanOrEqualTo(7), "a colour scale on each rate");
    }

    [Test]
    public void Trend_has_a_line_chart_with_a_coloured_line_per_rate()
    {
        using var package = Open(ReportCatalog.RegionalQualityId, "44");
        var sheet = package.Workbook.Worksheets[SheetNames.Trend];
        var table = sheet.Tables.Single();
        var chart = (ExcelLineChart)sheet.Drawings.Single();
        Assert.That(chart.Series.Count, Is.EqualTo(4));
        foreach (ExcelLineChartSerie series in chart.Series)
        {
            Assert.That(Address(series.Series), Does.EndWith((table.Address.End.Row).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var names = new XmlNamespaceManager(chart.ChartXml.NameTable);
        names.AddNamespace("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        names.AddNamespace("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var colours = chart.ChartXml.SelectNodes("//c:lineChart/c:ser", names)!.Cast<XmlElement>()
            .Select(s => s.SelectSingleNode("c:spPr/a:ln/a:solidFill/a:srgbClr/@val", names)?.Value).ToList();
        Assert.That(colours, Has.Count.EqualTo(4));
        Assert.That(colours, Is.All.Not.Null, "each line has a colour, or LibreOffice may draw none");
        Assert.That(colours, Is.Unique);
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public void Alignment_sheets_chart_supply_against_demand_and_mismatch_by_region(string scope)
    {
        using var package = Open(ReportCatalog.MajorIndustryAlignmentId, scope);
        var sections = package.Workbook.Worksheets[SheetNames.Sections];
        var sectionChart = (ExcelBarChart)sections.Drawings.Single();
        var first = sections.Tables.Single().Address.Start.Row + 1;
        Assert.That(sectionChart.Series.Count, Is.EqualTo(2));
        Assert.That(Address(sectionChart.Series[0].Series), Does.EndWith((first + 19).ToString(System.Globalization.CultureInfo.InvariantCulture)), "the 20 sections of the first basis");
        Assert.That(Address(sectionChart.Series[0].XSeries), Does.Contain((first).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        AssertBarsFilled(sectionChart);

        var sectors = package.Workbook.Worksheets[SheetNames.Sectors];
        var sectorChart = (ExcelBarChart)sectors.Drawings.Single();
        var sectorFirst = sectors.Tables.Single().Address.Start.Row + 1;
        Assert.That(Address(sectorChart.Series[1].Series), Does.EndWith((sectorFirst + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)), "three sectors");
        AssertBarsFilled(sectorChart);

        var regions = package.Workbook.Worksheets[SheetNames.Regions];
        Assert.That(regions.Drawings, Has.Count.EqualTo(scope.Length == 4 ? 0 : 1));
        if (scope.Length < 4)
        {
            AssertBarsFilled((ExcelChart)regions.Drawings[0]);
        }
    }

    /// <summary>A series range without its sheet name and dollar signs: G6:G7.</summary>
    private static string Address(string formula) => formula[(formula.IndexOf('!', StringComparison.Ordinal) + 1)..].Replace("$", string.Empty, StringComparison.Ordinal);

    private static void AssertBarsFilled(ExcelChart chart)
    {
        var names = new XmlNamespaceManager(chart.ChartXml.NameTable);
        names.AddNamespace("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        names.AddNamespace("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var series = chart.ChartXml.SelectNodes("//c:barChart/c:ser", names)!.Cast<XmlElement>().ToList();
        Assert.That(series, Is.Not.Empty);
        Assert.That(series.Select(s => s.SelectSingleNode("c:spPr/a:solidFill/a:srgbClr/@val", names)?.Value), Is.All.Not.Null, "each bar series has a solid fill, or LibreOffice draws nothing");
    }
}
