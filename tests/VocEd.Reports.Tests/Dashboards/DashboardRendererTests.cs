using VocEd.Reports.Charts;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Formatting;
using VocEd.Testing;

namespace VocEd.Reports.Tests.Dashboards;

/// <summary>The renderer over a hand-made model: encoding, suppression, scope and the offline page shell.</summary>
public sealed class DashboardRendererTests
{
    private const string _hostile = "广州市<script>alert('x')</script>&\"";
    private TempDirectory _temp = null!; // Assigned in SetUp.

    [SetUp]
    public void SetUp() => _temp = new TempDirectory("voced-renderer");

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public async Task Names_from_the_data_are_html_encoded_everywhere()
    {
        await DashboardRenderer.RenderAsync(Site(), _temp.Path, "CN", CancellationToken.None);
        foreach (var page in new[] { "44/index.html", "44/4401/index.html" })
        {
            var html = await File.ReadAllTextAsync(_temp.File(page));
            Assert.That(html, Does.Not.Contain("<script>"), page);
            Assert.That(html, Does.Contain("广州市&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"), page);
        }
    }

    [Test]
    public async Task Every_page_declares_utf8_chinese_a_viewport_and_a_favicon_and_loads_nothing_from_outside()
    {
        var result = await DashboardRenderer.RenderAsync(Site(), _temp.Path, "CN", CancellationToken.None);
        Assert.That((result.Pages, result.Charts), Is.EqualTo((3, 2)));
        foreach (var page in Directory.GetFiles(_temp.Path, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(page);
            Assert.That(html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
            Assert.That(html, Does.Contain("<meta charset=\"utf-8\">").And.Contain("name=\"viewport\"").And.Contain("rel=\"icon\""));
            Assert.That(html, Does.Not.Contain("http:").And.Not.Contain("https:").And.Not.Contain("<script"));
        }
    }

    [Test]
    public async Task A_withheld_value_is_a_dash_whose_title_and_label_say_the_sample_is_too_small()
    {
        await DashboardRenderer.RenderAsync(Site(), _temp.Path, "CN", CancellationToken.None);
        var html = await File.ReadAllTextAsync(_temp.File("44/4401/index.html"));
        Assert.That(html, Does.Contain("<article class=\"tile\" data-indicator=\"placement_rate\" data-suppressed=\"true\">"));
        Assert.That(html, Does.Contain("<span class=\"na suppressed\" title=\"样本不足：分母小于公开下限，不予公开\">—</span><small class=\"why\">样本不足</small>"));
        Assert.That(html, Does.Contain("分母小于 5"), "the footer explains the dash");
        var nation = await File.ReadAllTextAsync(_temp.File("index.html"));
        Assert.That(nation, Does.Contain("data-value=\"0.875\"").And.Contain(">87.5%<"));
    }

    [Test]
    public async Task A_scope_writes_its_subtree_and_shows_the_regions_above_as_text()
    {
        var result = await DashboardRenderer.RenderAsync(Site(), _temp.Path, "44", CancellationToken.None);
        Assert.That(result.Pages, Is.EqualTo(2));
        Assert.That(result.TopPage, Is.EqualTo(Path.Combine(_temp.Path, "44/index.html")));
        Assert.That(File.Exists(_temp.File("index.html")), Is.False);
        Assert.That(File.Exists(_temp.File("44/4401/index.html")) && File.Exists(_temp.File("assets/site.css")));
        var province = await File.ReadAllTextAsync(_temp.File("44/index.html"));
        Assert.That(province, Does.Contain("<li><span>全国</span></li>").And.Not.Contain("href=\"../index.html\""));
        Assert.That(province, Does.Contain("href=\"4401/index.html\""), "drill-down inside the scope stays a link");
        var prefecture = await File.ReadAllTextAsync(_temp.File("44/4401/index.html"));
        Assert.That(prefecture, Does.Contain("<li><span>全国</span></li>").And.Contain("href=\"../index.html\" data-region=\"44\""));
    }

    [Test]
    public void A_scope_outside_the_site_is_refused() =>
        Assert.That(() => DashboardRenderer.RenderAsync(Site(), _temp.Path, "45", CancellationToken.None), Throws.ArgumentException);

    private static DashboardSite Site()
    {
        var nation = new DashboardRegion("CN", "全国", DashboardRegion.Nation);
        var province = new DashboardRegion("44", "广东省", DashboardRegion.Province);
        var prefecture = new DashboardRegion("4401", _hostile, DashboardRegion.Prefecture);
        var columns = new[] { new TableColumn("毕业去向落实率", ValueFormat.Percent) };
        var trends = new TrendChartModel("趋势", [2023, 2024], [new TrendSeries("毕业去向落实率", [0.8, 0.875])], ValueFormat.Percent);
        DashboardPage Page(DashboardRegion region, DashboardRegion[] ancestors, DashboardValue placement, ChildRegionTable children, TrendChartModel? chart) => new(
            region,
            ancestors,
            [new KpiTile("placement_rate", "毕业去向落实率", ValueFormat.Percent, placement, ancestors.Length == 0 ? null : new DashboardValue(0.875), new DashboardValue(0.8))],
            new AlignmentPanel([], [], [], "没有产业需求数据。"),
            children,
            chart);
        return new DashboardSite(2024, new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), 5,
        [
            Page(nation, [], new DashboardValue(0.875), new ChildRegionTable("各省", columns, [new ChildRegionRow(province, true, [new DashboardValue(0.875)])]), trends),
            Page(province, [nation], new DashboardValue(0.875), new ChildRegionTable("下辖地市", columns, [new ChildRegionRow(prefecture, true, [DashboardValue.Withheld])]), trends),
            Page(prefecture, [nation, province], DashboardValue.Withheld, new ChildRegionTable("下辖学校", columns, [], "地市是最低一级。"), null),
        ]);
    }
}
