using Microsoft.Playwright;
using VocEd.Reports.Tests.Charts;

namespace VocEd.Reports.Tests.Dashboards;

/// <summary>
/// Chinese on the pages is drawn, not boxes: compared with the same page in a Chromium that sees only DejaVu (no
/// CJK glyphs, so every Chinese character becomes the same box). The comparison browser is checked to really draw
/// boxes, so the test cannot pass because both renderings happen to use a CJK font.
/// </summary>
[NonParallelizable]
public sealed class DashboardScreenshotTests
{
    private const string _dejaVu = "/usr/share/fonts/truetype/dejavu";

    [Test]
    public async Task Chinese_is_drawn_as_distinct_glyphs_unlike_a_rendering_without_a_cjk_font()
    {
        Assert.That(Directory.Exists(_dejaVu), $"{_dejaVu} is missing: scripts/prereqs.sh installs fonts-dejavu-core");
        var fontConfig = DashboardSetUpFixture.Temp.File("dejavu-only.conf");
        await File.WriteAllTextAsync(fontConfig, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{_dejaVu}</dir>
              <cachedir>{DashboardSetUpFixture.Temp.File("fontconfig-cache")}</cachedir>
            </fontconfig>
            """);
        using var playwright = await Playwright.CreateAsync();
        await using var normal = await Browser.LaunchAsync(playwright);
        await using var boxes = await Browser.LaunchAsync(playwright, fontConfig);

        var drawn = await HeadingsAsync(normal);
        var tofu = await HeadingsAsync(boxes);
        Assert.That(ChartImages.SamePixels(tofu.Guangdong, tofu.Beijing), Is.True, "without a CJK font 广东省 and 北京市 are the same three boxes");
        Assert.That(ChartImages.SamePixels(drawn.Guangdong, drawn.Beijing), Is.False, "with the site's fonts 广东省 and 北京市 look different");
        Assert.That(ChartImages.SamePixels(drawn.Heading, tofu.Heading), Is.False, "the page's heading differs from its boxed rendering");
        Assert.That(ChartImages.GreyDeviation(drawn.Page), Is.GreaterThan(5));
        TestContext.AddTestAttachment(Save("nation-page.png", drawn.Page), "the nation's page");
        TestContext.AddTestAttachment(Save("nation-page-without-cjk-font.png", tofu.Page), "the same page without a CJK font");
    }

    private static string Save(string name, byte[] png)
    {
        var path = DashboardSetUpFixture.Temp.File(name);
        File.WriteAllBytes(path, png);
        return path;
    }

    /// <summary>The nation's page and its heading, then two place names swapped into the heading, as screenshots.</summary>
    private static async Task<(byte[] Page, byte[] Heading, byte[] Guangdong, byte[] Beijing)> HeadingsAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(Browser.Url(Path.Combine(DashboardSetUpFixture.Site, "index.html")), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var whole = await page.ScreenshotAsync();
        var heading = page.Locator("h1");
        var headingShot = await heading.ScreenshotAsync();
        await heading.EvaluateAsync("h => { h.textContent = '广东省'; h.style.display = 'inline-block'; }");
        var guangdong = await heading.ScreenshotAsync();
        await heading.EvaluateAsync("h => h.textContent = '北京市'");
        var beijing = await heading.ScreenshotAsync();
        await page.CloseAsync();
        return (whole, headingShot, guangdong, beijing);
    }
}
