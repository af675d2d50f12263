using VocEd.Reports.Catalog;
using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Workbooks;

/// <summary>
/// Each report's first sheet printed by LibreOffice draws its Chinese: the page rendered with the system's fonts
/// differs substantially from the same page rendered where only DejaVu (no CJK glyphs) is available, where Chinese
/// falls back to boxes. The rendering with the system's fonts is what docs/images shows.
/// </summary>
public sealed class ChineseRenderingTests
{
    private const int _dpi = 60;
    private RenderedReports _r = null!; // Assigned in OneTimeSetUp.
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private List<string> _workbooks = null!; // Assigned in OneTimeSetUp.
    private IReadOnlyList<string> _withCjk = null!; // Assigned in OneTimeSetUp.
    private IReadOnlyList<string> _withoutCjk = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task PrintOnceAsync()
    {
        _r = await RenderedReports.ForAsync(WarehouseProvider.Sqlite);
        _temp = new TempDirectory("voced-print");
        _workbooks = [.. ReportCatalog.All.Select(r => _r.Files[(r.Id, "44")])];
        _withCjk = LibreOffice.ToPdf(_workbooks, _temp.File("cjk"));
        _withoutCjk = LibreOffice.ToPdf(_workbooks, _temp.File("dejavu"), LibreOffice.WriteDejaVuOnlyFontconfig(_temp.File("fontconfig")));
    }

    [OneTimeTearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase(0)]
    [TestCase(1)]
    public void The_first_sheet_draws_its_chinese_text(int report)
    {
        var drawn = LibreOffice.PageToGray(_withCjk[report], 1, _dpi, _temp.File($"cjk-{report}"));
        var boxes = LibreOffice.PageToGray(_withoutCjk[report], 1, _dpi, _temp.File($"dejavu-{report}"));
        Assert.That((drawn.Width, drawn.Height), Is.EqualTo((boxes.Width, boxes.Height)), "same page size");
        var ink = drawn.Pixels.Count(p => p < 128);
        var differing = drawn.Pixels.Zip(boxes.Pixels).Count(p => Math.Abs(p.First - p.Second) > 64);
        Assert.That(ink, Is.GreaterThan(drawn.Pixels.Length / 200), "the page is not blank");
        Assert.That(differing, Is.GreaterThan(ink / 5), $"the CJK rendering differs substantially from the boxes ({differing} of {ink} inked pixels)");
    }

    [TestCase(0)]
    [TestCase(1)]
    public void The_docs_show_the_first_sheet_of_each_report(int report)
    {
        var id = ReportCatalog.All[report].Id;
        var committed = Path.Combine(RepoRoot.Path, "docs", "images", $"{id}-44.png");
        var fresh = LibreOffice.PageToPng(_withCjk[report], 1, 80, _temp.File($"{id}-44"));
        Assert.That(File.Exists(committed), $"{committed} (copy {fresh} there when the layout changes)");
        Assert.That(new FileInfo(committed).Length, Is.GreaterThan(10_000));
    }
}
