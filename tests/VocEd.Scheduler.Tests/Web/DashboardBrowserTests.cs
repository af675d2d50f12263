using System.Net;
using Microsoft.Playwright;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>An official in a real headless browser against the running host: sign in, their province, a prefecture, and no further.</summary>
[NonParallelizable]
public sealed class DashboardBrowserTests
{
    private WebHostRun _host = null!; // Assigned in OneTimeSetUp.
    private IPlaywright _playwright = null!; // Assigned in OneTimeSetUp.
    private IBrowser _browser = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await WebHostRun.StartAsync(WarehouseProvider.Sqlite);
        _playwright = await Playwright.CreateAsync();
        _browser = await Browser.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task An_official_signs_in_sees_their_province_drills_down_and_cannot_reach_another_province_by_editing_the_address()
    {
        var site = _host.BaseAddress.ToString().TrimEnd('/');
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("page error: " + error);

        await page.GotoAsync(site + "/dashboards/");
        Assert.That(page.Url, Does.StartWith(site + "/signin"), "sent to sign in first");
        await page.FillAsync("#userName", "official-44");
        await page.FillAsync("#password", WebHostRun.Password);
        await Task.WhenAll(page.WaitForURLAsync(site + "/dashboards/44/"), page.ClickAsync("button[type=submit]"));
        Assert.That(await page.TitleAsync() + await page.InnerTextAsync("body"), Does.Contain("广东"), "the province's own page");
        var images = await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        Assert.That(images, Is.True, "the province's charts load through the host");

        await Task.WhenAll(page.WaitForURLAsync("**/dashboards/44/4401/index.html"), page.ClickAsync("a[href='4401/index.html']"));
        Assert.That(await page.InnerTextAsync("body"), Does.Contain("广州"), "the prefecture's page");

        var other = await page.GotoAsync(site + "/dashboards/45/index.html");
        Assert.That(other!.Status, Is.EqualTo((int)HttpStatusCode.Forbidden));
        Assert.That(await page.InnerTextAsync("body"), Does.Not.Contain("广西"));
        var nation = await page.GotoAsync(site + "/dashboards/index.html");
        Assert.That(nation!.Status, Is.EqualTo((int)HttpStatusCode.Forbidden), "nor the nation above it");
        var back = await page.GotoAsync(site + "/dashboards/44/index.html");
        Assert.That(back!.Status, Is.EqualTo((int)HttpStatusCode.OK), "still signed in for its own region");
        Assert.That(problems, Is.Empty);
        await context.CloseAsync();
    }
}
