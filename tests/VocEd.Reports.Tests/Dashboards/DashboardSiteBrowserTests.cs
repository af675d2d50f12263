using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VocEd.Reports.Formatting;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Tests.Dashboards;

/// <summary>The generated site in a real headless browser, opened from disk (file://) as from a file share.</summary>
[NonParallelizable]
public sealed partial class DashboardSiteBrowserTests
{
    private IPlaywright _playwright = null!; // Assigned in OneTimeSetUp.
    private IBrowser _browser = null!; // Assigned in OneTimeSetUp.

    private static string Site => DashboardSetUpFixture.Site;

    private static List<string> Pages => Directory.GetFiles(Site, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Browser.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Test]
    public void The_site_has_the_nation_each_province_and_each_prefecture_with_data_in_the_published_layout()
    {
        var relative = Pages.Select(p => Path.GetRelativePath(Site, p).Replace('\\', '/')).ToList();
        Assert.That(relative, Is.EquivalentTo(new[] { "index.html", "44/index.html", "44/4401/index.html", "44/4403/index.html", "45/index.html", "45/4501/index.html" }));
        Assert.That(File.Exists(Path.Combine(Site, "assets/site.css")) && File.Exists(Path.Combine(Site, "assets/favicon.svg")));
        Assert.That(File.Exists(Path.Combine(Site, "assets/charts/CN-map.png")) && File.Exists(Path.Combine(Site, "assets/charts/44-sections.svg")));
    }

    [Test]
    public async Task Every_page_loads_with_no_console_errors_and_no_failed_requests()
    {
        foreach (var path in Pages)
        {
            var page = await _browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add($"console {message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"page error: {error}");
            page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url} {request.Failure}");
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(Browser.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var images = await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
            await page.CloseAsync();
            Assert.That(problems, Is.Empty, path);
            Assert.That(images, Is.True, $"{path}: every chart image loads");
            Assert.That(requests, Has.All.StartsWith("file://"), $"{path} asks for nothing outside its folder");
        }
    }

    [Test]
    public async Task Every_link_of_the_unserved_site_resolves_to_a_file_of_the_site()
    {
        var page = await _browser.NewPageAsync();
        var checkedLinks = 0;
        foreach (var path in Pages)
        {
            var html = await File.ReadAllTextAsync(path);
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("//cdn"), $"{path}: nothing from outside");
            Assert.That(AbsoluteReference().IsMatch(html), Is.False, $"{path}: links are relative");
            await page.GotoAsync(Browser.Url(path));
            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href], link[href], img[src], script[src]')].map(e => e.href || e.src)");
            foreach (var link in links)
            {
                var uri = new Uri(link);
                Assert.That(uri.Scheme, Is.EqualTo("file"), link);
                Assert.That(File.Exists(uri.LocalPath), $"{path} links to {uri.LocalPath}, which does not exist");
                Assert.That(uri.LocalPath, Does.StartWith(Site), "links stay inside the site's folder");
                checkedLinks++;
            }
        }

        await page.CloseAsync();
        Assert.That(checkedLinks, Is.GreaterThan(30));
        Assert.That(await File.ReadAllTextAsync(Path.Combine(Site, "assets/site.css")), Does.Not.Contain("url(").And.Not.Contain("@import"));
    }

    [Test]
    public async Task Drill_down_from_the_nation_to_a_prefecture_and_back_up_works_by_clicking()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(Browser.Url(Path.Combine(Site, "index.html")));
        Assert.That(await page.TextContentAsync("h1"), Does.StartWith("全国"));

        await ClickThroughAsync(page, "#children a[data-region='44']", "44/index.html");
        Assert.That(await page.TextContentAsync("h1"), Does.StartWith("广东省"));
        await ClickThroughAsync(page, "#children a[data-region='4401']", "44/4401/index.html");
        Assert.That(await page.TextContentAsync("h1"), Does.StartWith("广州市"));
        Assert.That(await page.TextContentAsync(".breadcrumbs"), Does.Contain("全国").And.Contain("广东省").And.Contain("广州市"));

        await ClickThroughAsync(page, ".breadcrumbs a[data-region='44']", "44/index.html");
        await ClickThroughAsync(page, ".breadcrumbs a[data-region='CN']", "index.html");
        Assert.That(await page.TextContentAsync("h1"), Does.StartWith("全国"));

        await ClickThroughAsync(page, "#children a[data-region='45']", "45/index.html");
        await ClickThroughAsync(page, "#children a[data-region='4501']", "45/4501/index.html");
        Assert.That(await page.TextContentAsync("h1"), Does.StartWith("南宁市"));
        await ClickThroughAsync(page, ".breadcrumbs a[data-region='CN']", "index.html");
        await page.CloseAsync();
    }

    [Test]
    public async Task Each_kpi_on_a_page_equals_its_cube_value_against_the_parent_and_last_year()
    {
        var page = await _browser.NewPageAsync();
        var compared = 0;
        foreach (var path in Pages)
        {
            await page.GotoAsync(Browser.Url(path));
            var region = await page.GetAttributeAsync("body", "data-region") ?? throw new AssertionException("no data-region");
            var parent = region.Length switch { 2 => "CN", 4 => region[..2], _ => null };
            var tiles = await page.EvaluateAsync<TileReading[]>("""
                () => [...document.querySelectorAll('.tile')].map(t => ({
                  indicator: t.dataset.indicator,
                  value: t.dataset.value ?? null,
                  suppressed: t.dataset.suppressed === 'true',
                  text: t.querySelector('.value').textContent,
                  parent: t.querySelector('[data-role=parent]')?.dataset.value ?? null,
                  lastYear: t.querySelector('[data-role=last-year]')?.dataset.value ?? null,
                }))
                """);
            Assert.That(tiles, Has.Length.GreaterThanOrEqualTo(12), path);
            foreach (var tile in tiles)
            {
                var cube = await CubeValueAsync(tile.Indicator, region, CubeFixture.Year);
                var what = $"{region} {tile.Indicator}";
                if (tile.Suppressed)
                {
                    Assert.That(cube, Is.Not.Null, $"{what}: only a value can be withheld");
                    Assert.That(await DenominatorAsync(tile.Indicator, region), Is.LessThan(5), $"{what} is withheld only for a small denominator");
                    Assert.That(tile.Text, Does.Contain("—").And.Contain("样本不足"), what);
                    continue;
                }

                Assert.That(Parse(tile.Value), Is.EqualTo(cube), what);
                if (cube is { } value && Format(tile.Indicator) is { } format)
                {
                    Assert.That(tile.Text, Is.EqualTo(ValueText.Format(value, format)), what);
                }

                compared++;
                if (tile.LastYear is not null)
                {
                    Assert.That(Parse(tile.LastYear), Is.EqualTo(await CubeValueAsync(tile.Indicator, region, CubeFixture.Year - 1)), $"{what} last year");
                    compared++;
                }

                if (parent is not null && tile.Parent is not null)
                {
                    Assert.That(Parse(tile.Parent), Is.EqualTo(await CubeValueAsync(tile.Indicator, parent, CubeFixture.Year)), $"{what} parent");
                    compared++;
                }
            }
        }

        await page.CloseAsync();
        Assert.That(compared, Is.GreaterThan(200), "values, last years' and parents' compared");
    }

    [Test]
    public async Task Known_values_read_as_a_person_sees_them()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(Browser.Url(Path.Combine(Site, "44/index.html")));
        Assert.That(await page.TextContentAsync(".tile[data-indicator='placement_rate'] .value"), Is.EqualTo("87.5%"));
        Assert.That(await page.TextContentAsync(".tile[data-indicator='students'] .value"), Is.EqualTo("12"));
        Assert.That(await page.TextContentAsync(".tile[data-indicator='placement_rate'] [data-role=change]"), Is.EqualTo("+5.0 个百分点"));
        Assert.That(await page.TextContentAsync(".as-of"), Does.Match(@"^数据截至 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）$"));
        await page.GotoAsync(Browser.Url(Path.Combine(Site, "44/4403/index.html")));
        Assert.That(await page.GetAttributeAsync(".tile[data-indicator='placement_rate'] .na", "title"), Does.Contain("样本不足"), "2 graduates: withheld, and the reason is given");
        await page.CloseAsync();
    }

    [Test]
    public async Task At_390_by_844_no_page_scrolls_sideways()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 1, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        foreach (var path in Pages)
        {
            await page.GotoAsync(Browser.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            Assert.That(widths[0], Is.LessThanOrEqualTo(widths[1]), $"{path}: scrollWidth against innerWidth");
            Assert.That(widths[1], Is.EqualTo(390), "the viewport is a phone's");
        }

        await context.CloseAsync();
    }

    /// <summary>Clicks a link and waits until the page it leads to has loaded; that page must be the site's <paramref name="page"/>.</summary>
    private static async Task ClickThroughAsync(IPage page, string selector, string target)
    {
        var expected = Browser.Url(Path.Combine(Site, target));
        var arrived = page.WaitForURLAsync(expected, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        await page.ClickAsync(selector);
        await arrived;
        Assert.That(page.Url, Is.EqualTo(expected), selector);
    }

    private static double? Parse(string? value) => value is null ? null : double.Parse(value, CultureInfo.InvariantCulture);

    private static ValueFormat? Format(string indicator) => indicator switch
    {
        "schools" or "students" or "graduates" => ValueFormat.Count,
        "median_monthly_salary" or "equipment_per_student" => ValueFormat.Yuan,
        "student_teacher_ratio" => ValueFormat.Ratio,
        _ when indicator.EndsWith("_rate", StringComparison.Ordinal) || indicator.EndsWith("_share", StringComparison.Ordinal) => ValueFormat.Percent,
        _ when indicator.EndsWith("match_degree", StringComparison.Ordinal) || indicator.EndsWith("mismatch_index", StringComparison.Ordinal) => ValueFormat.Index,
        _ => null,
    };

    /// <summary>The cube value behind a tile: a cube_quality column, or supply/demand/column of cube_alignment.</summary>
    private static Task<double?> CubeValueAsync(string indicator, string region, int year)
    {
        var parts = indicator.Split('/');
        foreach (var part in parts)
        {
            Assert.That(Identifier().IsMatch(part), indicator);
        }

        if (parts.Length == 1)
        {
            return DashboardSetUpFixture.CubeValueAsync(
                $"select {indicator} from cube_quality where region_code = @r and academic_year = @y and school_type = 'all'", ("@r", region), ("@y", year));
        }

        var column = parts[2] == "students_per_10k_employed" ? "supply_total / nullif(demand_total, 0)" : parts[2];
        return DashboardSetUpFixture.CubeValueAsync(
            $"select {column} from cube_alignment where region_code = @r and year = @y and supply_basis = @s and demand_basis = @d",
            ("@r", region), ("@y", year), ("@s", parts[0]), ("@d", parts[1]));
    }

    private static async Task<double?> DenominatorAsync(string indicator, string region)
    {
        var denominator = IndicatorRegistry.Find("cube_quality", indicator)?.DenominatorColumn ?? throw new AssertionException($"{indicator} has no denominator");
        return await CubeValueAsync(denominator, region, CubeFixture.Year);
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex Identifier();

    [GeneratedRegex("""(href|src)="(/|[a-z]+:)""")]
    private static partial Regex AbsoluteReference();

    /// <summary>A tile as the page shows it (Playwright fills it from the page's JSON, hence settable properties).</summary>
    private sealed class TileReading
    {
        public string Indicator { get; set; } = string.Empty;

        public string? Value { get; set; }

        public bool Suppressed { get; set; }

        public string Text { get; set; } = string.Empty;

        public string? Parent { get; set; }

        public string? LastYear { get; set; }
    }
}
