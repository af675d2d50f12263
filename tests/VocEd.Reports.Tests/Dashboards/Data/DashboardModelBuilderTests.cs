using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;

namespace VocEd.Reports.Tests.Dashboards.Data;

/// <summary>The site model built from the dashboard warehouse (see <see cref="DashboardSetUpFixture"/>).</summary>
public sealed class DashboardModelBuilderTests
{
    private static DashboardSite Site => DashboardSetUpFixture.Model;

    private static DashboardPage PageOf(string code) => Site.Pages.Single(p => p.Region.Code == code);

    [Test]
    public void The_site_has_a_page_per_region_with_data_in_code_order_with_its_ancestors()
    {
        Assert.That(Site.Pages.Select(p => p.Region.Code), Is.EqualTo(new[] { "CN", "44", "4401", "4403", "45", "4501" }));
        Assert.That(PageOf("4401").Ancestors.Select(a => a.Code), Is.EqualTo(new[] { "CN", "44" }));
        Assert.That(PageOf("4401").Region.Name, Is.EqualTo("广州市"));
        Assert.That(Site.AcademicYear, Is.EqualTo(2024));
    }

    [Test]
    public async Task A_scope_builds_its_subtree_only()
    {
        var site = await DashboardModelBuilder.BuildAsync(DashboardSetUpFixture.Options, "44", null, 5, CancellationToken.None);
        Assert.That(site.Pages.Select(p => p.Region.Code), Is.EqualTo(new[] { "44", "4401", "4403" }));
    }

    [Test]
    public void Tiles_compare_with_the_parent_and_last_year_and_the_nation_has_no_parent()
    {
        var placement = PageOf("44").Kpis.Single(k => k.Indicator == "placement_rate");
        Assert.That(placement.Current.Value, Is.EqualTo(0.875));
        Assert.That(placement.LastYear.Value, Is.EqualTo(0.825).Within(1e-12));
        Assert.That(placement.Parent?.Value, Is.Not.Null);
        Assert.That(placement.Change, Is.EqualTo(0.05).Within(1e-12));
        Assert.That(PageOf("CN").Kpis.All(k => k.Parent is null));
    }

    [Test]
    public void Rates_with_a_small_denominator_are_withheld_but_counts_are_not()
    {
        var page = PageOf("4403");
        Assert.That(page.Kpis.Single(k => k.Indicator == "placement_rate").Current, Is.EqualTo(DashboardValue.Withheld));
        Assert.That(page.Kpis.Single(k => k.Indicator == "graduates").Current.Value, Is.EqualTo(2));
        Assert.That(page.Kpis.Single(k => k.Indicator == "local_city_employment_rate").Current.Suppressed, "a prefecture also shows the prefecture rate");
    }

    [Test]
    public void The_nation_has_the_province_map_and_the_provinces_have_section_charts_and_quotients()
    {
        var map = PageOf("CN").ProvinceMap ?? throw new AssertionException("no map");
        Assert.That(map.Provinces, Has.Count.EqualTo(31));
        Assert.That(map.Provinces.Single(p => p.Code == "44").Value, Is.EqualTo(0.875));
        Assert.That(map.Provinces.Single(p => p.Code == "11").Value, Is.Null, "no data for 北京");
        Assert.That(PageOf("CN").LocationQuotients, Is.Null, "the nation's quotients are all 1");
        var shares = PageOf("44").SectionShares ?? throw new AssertionException("no section chart");
        Assert.That(shares.Sections, Has.Count.EqualTo(20));
        Assert.That(shares.Sections.Single(s => s.Code == "C").DemandShare, Is.EqualTo(0.5), "C 100 of 200 value added");
        Assert.That(PageOf("44").LocationQuotients?.Sections, Has.Count.EqualTo(20));
        Assert.That(PageOf("44").Trends?.Years, Is.EqualTo(new[] { 2023, 2024 }));
    }

    [Test]
    public void The_alignment_panel_shows_volume_structure_and_quality_or_says_why_not()
    {
        var province = PageOf("44").Alignment;
        Assert.That(province.Note, Is.Null);
        Assert.That(province.Structure.Select(t => t.Indicator), Does.Contain("enrollment/value_added/mismatch_index"));
        Assert.That(province.Volume, Is.Not.Empty);
        Assert.That(province.Quality.Select(t => t.Indicator), Does.Contain("related_rate"));
        var prefecture = PageOf("4401").Alignment;
        Assert.That(prefecture.Note, Does.Contain("没有产业需求数据"));
        Assert.That(prefecture.Volume.Concat(prefecture.Structure), Is.Empty);
    }

    [Test]
    public void Drill_down_lists_the_children_with_data()
    {
        Assert.That(PageOf("CN").Children.Rows.Select(r => r.Region.Code), Is.EqualTo(new[] { "44", "45" }));
        Assert.That(PageOf("44").Children.Rows.Select(r => r.Region.Code), Is.EqualTo(new[] { "4401", "4403" }));
        Assert.That(PageOf("4401").Children.Rows, Is.Empty);
    }

    [TestCase("99")]
    [TestCase("4499")]
    [TestCase("east")]
    public void An_unknown_scope_is_refused(string scope) =>
        Assert.That(() => DashboardModelBuilder.BuildAsync(DashboardSetUpFixture.Options, scope, null, 5, CancellationToken.None), Throws.TypeOf<DashboardDataException>());

    [Test]
    public void A_year_without_data_is_refused() =>
        Assert.That(
            () => DashboardModelBuilder.BuildAsync(DashboardSetUpFixture.Options, "CN", 2019, 5, CancellationToken.None),
            Throws.TypeOf<DashboardDataException>().With.Message.Contains("2019"));
}
