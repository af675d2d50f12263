using VocEd.Reports.Catalog;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Reports.Models;
using VocEd.Reports.Queries;
using VocEd.Reports.Tests.Support;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Dashboards.Data;

/// <summary>
/// The site model and the Excel reports' models of the report warehouse (two years, withheld small cells, industry data
/// for 44, 45 and 4401), on SQLite and PostgreSQL: every number a page shares with a workbook is the workbook's figure,
/// withheld where the workbook withholds it.
/// </summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
public sealed class DashboardReportAgreementTests(WarehouseProvider provider)
{
    private const int _year = ReportWarehouse.Year;
    private const int _minimum = 5;
    private WarehouseOptions _options = null!; // Assigned in OneTimeSetUp.
    private DashboardSite _site = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        _options = await ReportWarehouse.SharedAsync(provider);
        _site = await DashboardModelBuilder.BuildAsync(_options, "CN", null, _minimum, CancellationToken.None);
    }

    [Test]
    public void The_site_has_the_regions_with_data_and_withholds_small_cells()
    {
        Assert.That(_site.AcademicYear, Is.EqualTo(_year));
        Assert.That(_site.Pages.Select(p => p.Region.Code), Is.SupersetOf(new[] { "CN", "44", "4401", "4403", "45" }));
        Assert.That(Page("4403").Kpis.Single(k => k.Indicator == "placement_rate").Current, Is.EqualTo(DashboardValue.Withheld));
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    [TestCase("4403")]
    public async Task Tiles_trends_and_children_are_the_quality_workbook_figures(string scope)
    {
        var report = await new QualityReportQuery(_options, [], _minimum).LoadAsync(ReportScope.Parse(scope), _year, CancellationToken.None);
        var page = Page(scope);
        foreach (var kpi in report.Overview.Kpis)
        {
            var tile = page.Kpis.Single(t => t.Indicator == kpi.Column);
            Assert.That(tile.Current, Is.EqualTo(DashboardValue.Of(kpi.Value)), $"{scope} {kpi.Column}");
            Assert.That(tile.LastYear, Is.EqualTo(DashboardValue.Of(kpi.LastYear)), $"{scope} {kpi.Column} last year");
            Assert.That(tile.Parent, Is.EqualTo(scope == "CN" ? null : DashboardValue.Of(kpi.Parent)), $"{scope} {kpi.Column} parent");
        }

        var trends = page.Trends ?? throw new AssertionException("no trend");
        foreach (var row in report.Trend)
        {
            var at = trends.Years.ToList().IndexOf(row.Year);
            Assert.That(trends.Series.Select(s => s.Values[at]), Is.EqualTo(QualityIndicators.TrendLines.Select(c => DashboardValue.Of(row.Values[c]).Value)), $"{scope} {row.Year}");
        }

        if (scope.Length < 4)
        {
            Assert.That(page.Children.Rows.Select(r => r.Region.Code), Is.EquivalentTo(report.Regions.Rows.Select(r => r.Code)));
            foreach (var child in report.Regions.Rows)
            {
                var row = page.Children.Rows.Single(r => r.Region.Code == child.Code);
                Assert.That(row.Region.Name, Is.EqualTo(child.Name));
                Assert.That(row.Values.Take(5), Is.EqualTo(new[] { "schools", "students", "graduates", "placement_rate", "related_rate" }.Select(c => DashboardValue.Of(child.Values[c]))), child.Code);
            }
        }
    }

    [TestCase("CN")]
    [TestCase("44")]
    [TestCase("4401")]
    public async Task The_alignment_panel_and_section_chart_are_the_alignment_workbook_figures(string scope)
    {
        var report = await new AlignmentReportQuery(_options, _minimum).LoadAsync(ReportScope.Parse(scope), _year, CancellationToken.None);
        var page = Page(scope);
        var structure = page.Alignment.Structure.Concat(page.Alignment.Quality).ToDictionary(t => t.Indicator, StringComparer.Ordinal);
        var shown = report.Overview.Where(k => structure.ContainsKey($"{k.SupplyBasis}/{k.DemandBasis}/{k.Column}")).ToList();
        Assert.That(shown, Is.Not.Empty);
        foreach (var kpi in shown)
        {
            var tile = structure[$"{kpi.SupplyBasis}/{kpi.DemandBasis}/{kpi.Column}"];
            Assert.That(tile.Current, Is.EqualTo(DashboardValue.Of(kpi.Value)), tile.Indicator);
            Assert.That(tile.LastYear, Is.EqualTo(DashboardValue.Of(kpi.LastYear)), $"{tile.Indicator} last year");
        }

        var sections = page.SectionShares ?? throw new AssertionException("no section chart");
        var rows = report.Sections.Rows.Where(r => r.SupplyBasis == Bases.Enrollment && r.DemandBasis == Bases.ValueAdded).ToList();
        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            var share = sections.Sections.Single(s => s.Code == row.Section);
            Assert.That((share.Name, share.SupplyShare, share.DemandShare, share.LocationQuotientSupply), Is.EqualTo((row.NameZh, row.SupplyShare.Value, row.DemandShare.Value, row.LocationQuotientSupply.Value)), row.Section);
        }
    }

    private DashboardPage Page(string code) => _site.Pages.Single(p => p.Region.Code == code);
}
