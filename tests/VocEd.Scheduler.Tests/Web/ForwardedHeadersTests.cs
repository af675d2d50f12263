using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VocEd.Scheduler.Access;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>
/// X-Forwarded-For, -Proto and -Host count only from a configured proxy: from anyone else they change neither the
/// client's address (the Hangfire dashboard's "this machine only"), nor the scheme the cookies follow, nor the host
/// of the sign-in redirect; the audit log never records an address. Two hosts on 127.0.0.1: one whose configured proxy
/// is elsewhere (10.0.0.5), one whose configured proxy is 127.0.0.1 itself.
/// </summary>
[NonParallelizable]
public sealed class ForwardedHeadersTests
{
    private const string _probe = "/test/request";
    private const string _client = "203.0.113.9";
    private const string _everyProxy = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";
    private WebHostRun _elsewhere = null!; // Assigned in OneTimeSetUp.
    private WebHostRun _local = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // ASP.NET Core's own switch for "believe forwarded headers from anyone", as some hosting platforms set it: the
        // host must still believe only its configured proxies.
        Environment.SetEnvironmentVariable(_everyProxy, "true");
        try
        {
            _elsewhere = await WebHostRun.StartAsync(WarehouseProvider.Sqlite, new AccessOptions { KnownProxies = ["10.0.0.5"] }, AddProbe);
        }
        finally
        {
            Environment.SetEnvironmentVariable(_everyProxy, null);
        }

        _local = await WebHostRun.StartAsync(WarehouseProvider.Sqlite, new AccessOptions { KnownProxies = ["127.0.0.1"] }, AddProbe);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _elsewhere.DisposeAsync();
        await _local.DisposeAsync();
    }

    [Test]
    public async Task From_a_proxy_that_is_not_configured_forwarded_headers_are_ignored()
    {
        var host = _elsewhere;
        Assert.That(await ProbeAsync(host), Is.EqualTo($"127.0.0.1|http|{host.BaseAddress.Authority}"), "address, scheme and host as the connection has them");

        using (var form = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/signin")))
        {
            var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voced.af=", StringComparison.Ordinal));
            Assert.That(antiforgery.ToLowerInvariant(), Does.Not.Contain("secure"), "the cookie follows the request's own scheme, http");
        }

        using (var page = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/dashboards/")))
        {
            Assert.That(page.Headers.Location?.OriginalString, Does.StartWith($"http://{host.BaseAddress.Authority}/signin"));
        }

        await SignInFailsAsync(host);
        await AssertNoAddressAudited(host);
        await WithoutAdminsAsync(host, async () =>
        {
            using var plain = await host.GetAsync("/hangfire", null);
            Assert.That(plain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "no admin yet: this machine reaches the dashboard");
            using var claimed = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/hangfire", "127.0.0.1"));
            Assert.That((int)claimed.StatusCode, Is.AnyOf(401, 403), "a relayed request claiming loopback does not count as this machine");
        });
    }

    [Test]
    public async Task From_a_configured_proxy_forwarded_headers_are_honoured()
    {
        var host = _local;
        Assert.That(await ProbeAsync(host), Is.EqualTo($"{_client}|https|voced.example"));

        using (var form = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/signin")))
        {
            var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voced.af=", StringComparison.Ordinal));
            Assert.That(antiforgery.ToLowerInvariant(), Does.Contain("secure"), "the proxy says the client used https");
        }

        using (var page = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/dashboards/")))
        {
            Assert.That(page.Headers.Location?.OriginalString, Does.StartWith("https://voced.example/signin"));
        }

        await SignInFailsAsync(host);
        await AssertNoAddressAudited(host);
        await WithoutAdminsAsync(host, async () =>
        {
            using var plain = await host.GetAsync("/hangfire", null);
            Assert.That(plain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            using var relayed = await host.Client.SendAsync(Forwarded(HttpMethod.Get, "/hangfire"));
            Assert.That((int)relayed.StatusCode, Is.AnyOf(401, 403), "the client is " + _client);
            var protoOnly = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
            protoOnly.Headers.Add("X-Forwarded-Proto", "https");
            using var relayedProto = await host.Client.SendAsync(protoOnly);
            Assert.That((int)relayedProto.StatusCode, Is.AnyOf(401, 403), "relayed by the proxy on this machine, which named only the scheme");
        });
    }

    private static void AddProbe(WebApplication app) =>
        app.MapGet(_probe, (HttpContext http) => $"{http.Connection.RemoteIpAddress}|{http.Request.Scheme}|{http.Request.Host}").AllowAnonymous();

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string client = _client)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "voced.example");
        return request;
    }

    private static async Task<string> ProbeAsync(WebHostRun host)
    {
        using var response = await host.Client.SendAsync(Forwarded(HttpMethod.Get, _probe));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A failed sign-in and a failed key through the proxy: both audited, neither with an address.</summary>
    private static async Task SignInFailsAsync(WebHostRun host)
    {
        using var form = await host.Client.GetAsync("/signin");
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = Forwarded(HttpMethod.Post, "/signin");
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["userName"] = "official-44",
            ["password"] = "not the password",
        });
        post.Headers.Add("Cookie", WebHostRun.CookiesOf(form));
        using var failed = await host.Client.SendAsync(post);
        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var key = Forwarded(HttpMethod.Get, "/api/submissions/1");
        key.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", "vk0000000000.nonsense");
        using var refused = await host.Client.SendAsync(key);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task AssertNoAddressAudited(WebHostRun host)
    {
        var audit = await host.Store.ReadAuditAsync(1000, CancellationToken.None);
        Assert.That(audit.Any(a => a is { Account: "official-44", Action: AuditActions.SignIn, Outcome: SignInResult.BadPassword }), Is.True);
        Assert.That(audit.Any(a => a is { Account: AuditActions.Unknown, Action: AuditActions.ApiKey }), Is.True);
        var text = string.Join("\n", audit.Select(a => $"{a.Account}|{a.Action}|{a.Target}|{a.Outcome}"));
        Assert.That(text, Does.Not.Contain(_client).And.Not.Contain("127.0.0.1").And.Not.Contain("voced.example"));
    }

    /// <summary>Runs <paramref name="body"/> while the host's only admin is disabled (then the dashboard is for this machine only).</summary>
    private static async Task WithoutAdminsAsync(WebHostRun host, Func<Task> body)
    {
        Assert.That(await host.Store.SetDisabledAsync("admin", true, CancellationToken.None), Is.True);
        try
        {
            await body();
        }
        finally
        {
            await host.Store.SetDisabledAsync("admin", false, CancellationToken.None);
        }
    }
}
