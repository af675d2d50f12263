using OfficeOpenXml;
using VocEd.Reports.Catalog;
using VocEd.Reports.Tests.Support;
using VocEd.Reports.Workbooks;
using VocEd.Testing;

namespace VocEd.Reports.Tests.Workbooks;

/// <summary>The writers on plain models, read back by LibreOffice and EPPlus: text from submissions stays text, withheld figures are empty with their note, empty sheets say so.</summary>
public sealed class QualityWorkbookTests
{
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private string _quality = null!; // Assigned in OneTimeSetUp.
    private string _alignment = null!; // Assigned in OneTimeSetUp.
    private IReadOnlyDictionary<(string Workbook, string Sheet), IReadOnlyList<string[]>> _sheets = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public void WriteOnce()
    {
        _temp = new TempDirectory("voced-workbook");
        _quality = _temp.File("quality.xlsx");
        _alignment = _temp.File("alignment.xlsx");
        using (var stream = File.Create(_quality))
        {
            QualityWorkbook.Write(SampleModels.Quality(), stream);
        }

        using (var stream = File.Create(_alignment))
        {
            AlignmentWorkbook.Write(SampleModels.EmptyAlignment(), stream);
        }

        _sheets = LibreOffice.SheetsAsCsv([_quality, _alignment], _temp.File("csv"));
    }

    [OneTimeTearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void A_formula_looking_school_name_comes_back_as_text_through_libreoffice()
    {
        var regions = SheetTable.Find(_sheets[("quality", SheetNames.Regions)], "代码");
        var quality = SheetTable.Find(_sheets[("quality", SheetNames.DataQuality)], "学校代码");
        Assert.That(regions.Rows.Select(r => regions.Cell(r, "名称")).Take(SampleModels.FormulaNames.Count), Is.EquivalentTo(SampleModels.FormulaNames), "not evaluated: =HYPERLINK would show y, +1+1 would show 2");
        Assert.That(quality.Rows.Select(r => quality.Cell(r, "学校名称")), Is.EqualTo(SampleModels.FormulaNames));
    }

    [Test]
    public void A_formula_looking_school_name_is_a_text_cell_with_the_quote_prefix()
    {
        using var package = new ExcelPackage(new FileInfo(_quality));
        var sheet = package.Workbook.Worksheets[SheetNames.Regions];
        var cells = Enumerable.Range(6, SampleModels.FormulaNames.Count + 1).Select(r => sheet.Cells[r, 2]).ToList();
        Assert.That(cells.Select(c => c.Formula), Is.All.Empty, "never a formula");
        Assert.That(cells.Select(c => c.Value), Is.All.TypeOf<string>());
        Assert.That(cells.Select(c => c.Style.Numberformat.Format), Is.All.EqualTo("@"), "text format: editing the cell keeps it text");
        Assert.That(cells.Where(c => ((string)c.Value).Length > 0 && "=+-@\t".Contains(((string)c.Value)[0], StringComparison.Ordinal)).Select(c => c.Style.QuotePrefix), Is.All.True);
        Assert.That(cells.Single(c => (string)c.Value == "广州市小规模学校").Style.QuotePrefix, Is.False);
    }

    [Test]
    public void A_withheld_figure_is_an_empty_cell_with_a_comment_and_a_note_in_every_sheet()
    {
        using var package = new ExcelPackage(new FileInfo(_quality));
        var regions = package.Workbook.Worksheets[SheetNames.Regions];
        var row = Enumerable.Range(6, 10).Single(r => regions.Cells[r, 2].Text == "广州市小规模学校");
        var placement = Enumerable.Range(1, 30).Single(c => regions.Cells[5, c].Text == "毕业去向落实率");
        Assert.That(regions.Cells[row, placement].Value, Is.Null);
        Assert.That(regions.Cells[row, placement].Comment?.Text, Does.Contain("分母（毕业生数）小于5"));

        var csv = SheetTable.Find(_sheets[("quality", SheetNames.Regions)], "代码");
        var small = csv.Row("名称", "广州市小规模学校");
        Assert.That(csv.Cell(small, "毕业去向落实率"), Is.Empty);
        Assert.That(csv.Cell(small, "月收入中位数"), Is.Empty);
        Assert.That(csv.Cell(small, "注"), Is.EqualTo("毕业去向落实率、月收入中位数：分母小于5，不予公布"));
        Assert.That(csv.Cell(small, "毕业生数"), Is.EqualTo("3"), "counts are published");

        var overview = SheetTable.Find(_sheets[("quality", SheetNames.Overview)], "指标");
        Assert.That(overview.Rows.Select(r => overview.Cell(r, "上级地区")), Is.All.Empty);
        Assert.That(overview.Rows.Select(r => overview.Cell(r, "注")), Is.All.Contain("上级地区、较上年变化：分母小于5"));
        var local = SheetTable.Find(_sheets[("quality", SheetNames.Destinations)], "指标");
        Assert.That(local.Cell(local.Rows[1], "数值"), Is.Empty);
        Assert.That(local.Cell(local.Rows[1], "注"), Does.Contain("数值：分母小于5"));
    }

    [Test]
    public void A_sheet_without_data_shows_one_line_instead_of_an_empty_table()
    {
        using var package = new ExcelPackage(new FileInfo(_alignment));
        foreach (var name in new[] { SheetNames.Sections, SheetNames.Sectors, SheetNames.Regions, SheetNames.GraduateFit, SheetNames.PriorityCoverage })
        {
            var sheet = package.Workbook.Worksheets[name];
            Assert.That(sheet.Tables, Is.Empty, name);
            Assert.That(sheet.Drawings, Is.Empty, name);
            Assert.That(sheet.Cells[5, 1].Text, Does.StartWith("暂无").Or.StartWith("地市以下"), name);
            Assert.That(sheet.Dimension.End.Row, Is.EqualTo(5), $"{name}: one line");
        }

        Assert.That(package.Workbook.Worksheets.Select(w => w.Name), Is.EqualTo(ReportCatalog.MajorIndustryAlignment.Sheets));
    }

    [Test]
    public void School_lists_and_data_quality_count_missed_thresholds_and_missing_submissions()
    {
        var regions = SheetTable.Find(_sheets[("quality", SheetNames.Regions)], "代码");
        Assert.That(regions.Cell(regions.Row("名称", "广州市小规模学校"), "未达标项"), Is.EqualTo("高职专科 生师比"));
        var totals = SheetTable.Find(_sheets[("quality", SheetNames.DataQuality)], "报送类型");
        var enrollment = totals.Row("报送类型", "在籍学生");
        Assert.That((totals.Cell(enrollment, "应报学校"), totals.Cell(enrollment, "已报送"), totals.Cell(enrollment, "缺报"), totals.Cell(enrollment, "逾期")), Is.EqualTo(("6", "5", "1", "1")));
    }
}
