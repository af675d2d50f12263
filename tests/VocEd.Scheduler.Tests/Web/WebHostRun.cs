using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VocEd.Cubes.Refresh;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Scheduler.Access;
using VocEd.Scheduler.Scheduling;
using VocEd.Scheduler.Tests.Scheduling;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>
/// The real web host on 127.0.0.1 (a free port), with Hangfire servers, over the hand-built cube warehouse (schools in
/// 440106, 440304 and 450102; cubes refreshed, the dashboard site rendered) and one account per role and binding, each
/// with an API key.
/// </summary>
internal sealed partial class WebHostRun : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private WebHostRun(TempDirectory home, WarehouseOptions warehouse, WebApplication app, Dictionary<string, string> keys)
    {
        Home = home;
        Warehouse = warehouse;
        App = app;
        Keys = keys;
        BaseAddress = new Uri(app.Urls.First());
        Client = NewClient();
    }

    public TempDirectory Home { get; }

    public WarehouseOptions Warehouse { get; }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>API key per account name.</summary>
    public Dictionary<string, string> Keys { get; }

    /// <summary>A client that follows no redirect and keeps no cookie (the tests send them).</summary>
    public HttpClient Client { get; }

    public AccessStore Store => App.Services.GetRequiredService<AccessStore>();

    /// <summary>The accounts: name → (role, region, school).</summary>
    public static IReadOnlyDictionary<string, (string Role, string? Region, string? School)> Accounts { get; } = new Dictionary<string, (string, string?, string?)>(StringComparer.Ordinal)
    {
        ["admin"] = (AccessRoles.Admin, null, null),
        ["official-cn"] = (AccessRoles.Official, "CN", null),
        ["official-44"] = (AccessRoles.Official, "44", null),
        ["official-4401"] = (AccessRoles.Official, "4401", null),
        ["official-45"] = (AccessRoles.Official, "45", null),
        ["school-1"] = (AccessRoles.Submitter, null, "4400000001"),
        ["school-2"] = (AccessRoles.Submitter, null, "4400000002"),
        ["region-44"] = (AccessRoles.Submitter, "44", null),
    };

    /// <summary>Starts the host; <paramref name="configure"/> may add endpoints of the test's own before it starts.</summary>
    public static async Task<WebHostRun> StartAsync(WarehouseProvider provider, AccessOptions? access = null, Action<WebApplication>? configure = null)
    {
        var home = new TempDirectory("voced-web");
        var warehouse = await CubeFixture.CreateWithFactsAsync(provider, home, "web.db");
        if (provider == WarehouseProvider.Postgres)
        {
            // As in production, connections come from a pool: fifty uploads at once then queue for one instead of each
            // opening its own beyond the test server's max_connections.
            warehouse = new WarehouseOptions(provider, PostgresServer.Pooled(warehouse.ConnectionString, maxPoolSize: 30));
        }

        await new CubeRefresher(warehouse, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        var options = SchedulerTesting.Fast(home.Path, provider == WarehouseProvider.Sqlite ? home.File("hangfire.db") : null);
        options.Dashboards = home.File("dashboards");
        options.Crons[JobIds.ScanInbox] = "off";
        var site = await DashboardModelBuilder.BuildAsync(warehouse, SitePaths.Nation, null, 5, CancellationToken.None);
        await DashboardRenderer.RenderAsync(site, options.Dashboards, SitePaths.Nation, CancellationToken.None);
        var app = SchedulerHost.BuildWeb(SchedulerTesting.Setup(warehouse, home.Path, options), "http://127.0.0.1:0", runJobs: true, LogLevel.Warning,
            access: access ?? new AccessOptions { MaxUploadMegabytes = 1 });
        configure?.Invoke(app);
        await app.StartAsync();
        var accounts = app.Services.GetRequiredService<AccountService>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, (role, region, school)) in Accounts)
        {
            await accounts.AddAsync(name, role, region, school, Password, CancellationToken.None);
            keys[name] = (await accounts.CreateKeyAsync(name, CancellationToken.None)).Key;
        }

        return new WebHostRun(home, warehouse, app, keys);
    }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>A request with the account's API key (none for null).</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? key)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }

        return request;
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? account) =>
        await Client.SendAsync(Request(HttpMethod.Get, path, account is null ? null : Keys[account]));

    public async Task<HttpResponseMessage> UploadAsync(string? account, byte[] file, string name = "profile.csv", HttpClient? client = null)
    {
        var request = Request(HttpMethod.Post, "/api/submissions", account is null ? null : Keys[account]);
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(file), "file", name);
        request.Content = content;
        return await (client ?? Client).SendAsync(request);
    }

    /// <summary>The submission's status as its uploader (or <paramref name="account"/>) sees it, once it is no longer waiting.</summary>
    public async Task<JsonElement> FinalStatusAsync(long id, string account, int seconds = 90)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var response = await GetAsync($"/api/submissions/{id}", account);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"status of submission {id}");
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (json.GetProperty("status").GetString() is not ("received" or "claimed"))
            {
                return json;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"submission {id} still {json.GetProperty("status").GetString()} after {seconds} s");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Signs in through the form (GET /signin for the antiforgery token, then POST); returns the POST's response and the cookies set.</summary>
    public async Task<(HttpResponseMessage Response, string Cookies)> SignInAsync(string user, string password, string? returnUrl = null)
    {
        using var form = await Client.GetAsync("/signin");
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        var cookies = CookiesOf(form);
        var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["userName"] = user,
                ["password"] = password,
                ["returnUrl"] = returnUrl ?? string.Empty,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        var response = await Client.SendAsync(post);
        var all = string.Join("; ", new[] { cookies, CookiesOf(response) }.Where(c => c.Length > 0));
        return (response, all);
    }

    /// <summary>The name=value pairs a response sets, as a Cookie header.</summary>
    public static string CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("; ", values.Select(v => v.Split(';')[0])) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Home.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
