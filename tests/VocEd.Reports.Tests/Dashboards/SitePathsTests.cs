using VocEd.Reports.Dashboards;

namespace VocEd.Reports.Tests.Dashboards;

public sealed class SitePathsTests
{
    [TestCase("CN", "index.html")]
    [TestCase("44", "44/index.html")]
    [TestCase("4401", "44/4401/index.html")]
    public void Pages_sit_where_the_published_layout_puts_them(string code, string path) =>
        Assert.That(SitePaths.PageOf(code), Is.EqualTo(path));

    [TestCase("CN", "44", "44/index.html")]
    [TestCase("44", "4401", "4401/index.html")]
    [TestCase("4401", "44", "../index.html")]
    [TestCase("4401", "CN", "../../index.html")]
    [TestCase("44", "CN", "../index.html")]
    [TestCase("44", "45", "../45/index.html")]
    [TestCase("4401", "4403", "../4403/index.html")]
    [TestCase("4401", "4401", "index.html")]
    [TestCase("4501", "4401", "../../44/4401/index.html")]
    public void Links_are_relative_from_page_to_page(string from, string to, string link) =>
        Assert.That(SitePaths.Link(from, to), Is.EqualTo(link));

    [Test]
    public void Assets_are_reached_from_every_depth()
    {
        Assert.That(SitePaths.Asset("CN", "site.css"), Is.EqualTo("assets/site.css"));
        Assert.That(SitePaths.Asset("4401", "charts/4401-trends.png"), Is.EqualTo("../../assets/charts/4401-trends.png"));
    }

    [Test]
    public void A_scope_holds_its_own_subtree_only()
    {
        Assert.That(SitePaths.InScope("4401", "CN") && SitePaths.InScope("CN", "CN"));
        Assert.That(SitePaths.InScope("44", "44") && SitePaths.InScope("4401", "44"));
        Assert.That(SitePaths.InScope("CN", "44") || SitePaths.InScope("45", "44") || SitePaths.InScope("4501", "44") || SitePaths.InScope("44", "4401"), Is.False);
    }

    [TestCase("440106")]
    [TestCase("east")]
    [TestCase("4")]
    [TestCase("../x")]
    public void Codes_that_have_no_page_are_refused(string code) =>
        Assert.That(() => SitePaths.PageOf(code), Throws.ArgumentException);
}
