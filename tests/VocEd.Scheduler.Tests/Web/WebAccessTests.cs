using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VocEd.Scheduler.Access;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>
/// The web host's access over HTTP on 127.0.0.1, on SQLite and PostgreSQL: who gets what (the 401/403 matrix), uploads
/// inside and outside the sender's binding, oversize and malformed uploads, sign-in with its lockout and cookie rules,
/// 50 concurrent uploads, and the audit log.
/// </summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
[NonParallelizable]
public sealed class WebAccessTests(WarehouseProvider provider)
{
    private const string _report44 = "/api/reports/regional-quality/44/2024";
    private WebHostRun _host = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await WebHostRun.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Without_credentials_the_API_answers_401_a_browser_is_sent_to_signin_and_only_healthz_and_signin_are_open()
    {
        foreach (var path in new[] { _report44, "/api/submissions/1", "/api/submissions/1/rejected-rows", "/api/nothing", "/api/nothing.json", "/API/submissions/1" })
        {
            using var response = await _host.GetAsync(path, null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
        }

        using (var upload = await _host.UploadAsync(null, SubmissionFiles.Profile("4400000001", "440106")))
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "POST /api/submissions");
        }

        foreach (var path in new[] { "/", "/dashboards/", "/dashboards/44/index.html", "/dashboards/assets/site.css", "/hangfire", "/HANGFIRE/jobs/enqueued", "/anything", "/anything.txt", "/antiforgery" })
        {
            using var response = await _host.GetAsync(path, null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
            Assert.That(response.Headers.Location?.OriginalString, Does.StartWith("http://127.0.0.1").And.Contain("/signin?ReturnUrl="), path);
        }

        using var health = await _host.GetAsync("/healthz", null);
        using var signin = await _host.GetAsync("/signin", null);
        Assert.That((health.StatusCode, signin.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        using var badKey = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, _report44, "vk0000000000.nonsense"));
        using var revokedShape = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, _report44, _host.Keys["official-44"] + "x"));
        Assert.That((badKey.StatusCode, revokedShape.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)), "a wrong key is no key");
    }

    [TestCase("admin", _report44, 200)]
    [TestCase("official-cn", _report44, 200)]
    [TestCase("official-44", _report44, 200)]
    [TestCase("official-4401", _report44, 403)]
    [TestCase("official-45", _report44, 403)]
    [TestCase("school-1", _report44, 403)]
    [TestCase("region-44", _report44, 403)]
    [TestCase("official-44", "/api/reports/regional-quality/4401/2024", 200)]
    [TestCase("official-4401", "/api/reports/regional-quality/4401/2024", 200)]
    [TestCase("official-44", "/api/reports/regional-quality/45/2024", 403)]
    [TestCase("official-44", "/api/reports/regional-quality/32/2024", 403)]
    [TestCase("official-44", "/api/reports/regional-quality/CN/2024", 403)]
    [TestCase("official-44", "/api/reports/major-industry-alignment/CN/2024", 403)]
    [TestCase("official-44", "/api/reports/regional-quality/44%2F..%2F45/2024", 403)]
    [TestCase("official-44", "/api/reports/regional-quality/4/2024", 403)]
    [TestCase("admin", "/api/reports/regional-quality/CN/2024", 200)]
    [TestCase("admin", "/api/reports/no-such-report/CN/2024", 404)]
    [TestCase("admin", "/api/reports/regional-quality/32/2024", 404)]
    [TestCase("admin", "/dashboards/index.html", 200)]
    [TestCase("official-cn", "/dashboards/45/index.html", 200)]
    [TestCase("official-44", "/dashboards/44/index.html", 200)]
    [TestCase("official-44", "/dashboards/44/4401/index.html", 200)]
    [TestCase("official-44", "/dashboards/assets/site.css", 200)]
    [TestCase("official-44", "/dashboards/assets/charts/44-sections.svg", 200)]
    [TestCase("official-44", "/dashboards/assets/charts/CN-map.png", 403)]
    [TestCase("official-44", "/dashboards/index.html", 403)]
    [TestCase("official-44", "/dashboards/45/index.html", 403)]
    [TestCase("official-44", "/dashboards/45/4501/index.html", 403)]
    [TestCase("official-44", "/dashboards/44/4501/index.html", 404)]
    [TestCase("official-44", "/dashboards/44/..%2F45/index.html", 404)]
    [TestCase("official-44", "/dashboards/44/%2E%2E/45/index.html", 403)]
    [TestCase("official-4401", "/dashboards/44/4401/index.html", 200)]
    [TestCase("official-4401", "/dashboards/44/index.html", 403)]
    [TestCase("official-4401", "/dashboards/44/4403/index.html", 403)]
    [TestCase("school-1", "/dashboards/44/index.html", 403)]
    [TestCase("region-44", "/dashboards/44/index.html", 403)]
    [TestCase("official-44", "/api/submissions/1", 403)]
    [TestCase("official-44", "/api/submissions/1/rejected-rows", 403)]
    [TestCase("admin", "/api/submissions/999999", 404)]
    [TestCase("admin", "/hangfire", 200)]
    [TestCase("official-44", "/hangfire", 403)]
    [TestCase("school-1", "/hangfire", 403)]
    public async Task Each_role_and_region_gets_what_its_binding_allows_and_403_outside_it(string account, string path, int expected)
    {
        using var response = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, path, _host.Keys[account]));
        Assert.That((int)response.StatusCode, Is.EqualTo(expected), $"{account} GET {path}");
        if (expected == 200 && path.StartsWith("/api/reports/", StringComparison.Ordinal))
        {
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.That(bytes.Take(2), Is.EqualTo("PK"u8.ToArray()), "an xlsx workbook");
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Does.EndWith("学年.xlsx"));
        }
    }

    [Test]
    public async Task A_path_with_dot_dot_sent_unnormalised_never_reaches_another_provinces_page()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_host.BaseAddress.Host, _host.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET /dashboards/44/../45/index.html HTTP/1.1\r\nHost: {_host.BaseAddress.Authority}\r\nAuthorization: ApiKey {_host.Keys["official-44"]}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = await reader.ReadLineAsync();
        Assert.That(status, Does.StartWith("HTTP/1.1 403").Or.StartWith("HTTP/1.1 404").Or.StartWith("HTTP/1.1 400"), "never the page");
    }

    [Test]
    public async Task An_officials_bare_dashboards_address_leads_to_their_own_regions_page()
    {
        using var official = await _host.GetAsync("/dashboards", "official-4401");
        Assert.That(official.Headers.Location?.OriginalString, Is.EqualTo("/dashboards/44/4401/"));
        using var folder = await _host.GetAsync("/dashboards/44/4401/", "official-4401");
        Assert.That(folder.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await folder.Content.ReadAsStringAsync(), Does.Contain("广州"));
    }

    [Test]
    public async Task A_good_upload_is_received_loaded_and_visible_to_its_submitter_only()
    {
        var file = SubmissionFiles.Profile("4400000001", "440106", students: 1234);
        using var response = await _host.UploadAsync("school-1", file, "../../etc/passwd;rm.csv");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetInt64();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("received"));
        Assert.That(body.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file)).ToLowerInvariant()));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/api/submissions/{id}"));

        var status = await _host.FinalStatusAsync(id, "school-1");
        Assert.That((status.GetProperty("status").GetString(), status.GetProperty("rowsRead").GetInt32(), status.GetProperty("rowsLoaded").GetInt32()), Is.EqualTo(("loaded", 1, 1)));
        Assert.That(status.GetProperty("uploadedBy").GetString(), Is.EqualTo("school-1"));
        await using (var db = _host.Warehouse.CreateContext())
        {
            var row = await db.EtlSubmissions.AsNoTracking().SingleAsync(s => s.SubmissionId == id);
            Assert.That(row.FileName, Does.Match("^[0-9a-f]{32}\\.csv$"), "a generated name, never the client's");
            Assert.That(await db.StgSchoolProfiles.AsNoTracking().AnyAsync(p => p.SubmissionId == id), Is.True);
        }

        foreach (var (account, expected) in new[] { ("school-1", 200), ("region-44", 200), ("admin", 200), ("school-2", 403), ("official-44", 403) })
        {
            using var seen = await _host.GetAsync($"/api/submissions/{id}", account);
            Assert.That((int)seen.StatusCode, Is.EqualTo(expected), account);
        }

        var denied = await _host.Store.ReadAuditAsync(1000, CancellationToken.None);
        Assert.That(denied.Any(a => a is { Account: "school-2", Action: AuditActions.Denied, Outcome: "forbidden" } && a.Target == $"submission {id}"), Is.True, "a refused look at another school's submission is audited");

        using var rows = await _host.GetAsync($"/api/submissions/{id}/rejected-rows", "school-1");
        var csv = await rows.Content.ReadAsByteArrayAsync();
        Assert.That(csv.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM");
        Assert.That(Encoding.UTF8.GetString(csv, 3, csv.Length - 3), Does.StartWith("source_row_number,column,rule,severity,message,value"));
        using var other = await _host.GetAsync($"/api/submissions/{id}/rejected-rows", "school-2");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Directory.EnumerateFiles(Path.Combine(_host.Home.Path, "store", ".uploads")), Is.Empty, "no temporary file left");
    }

    [TestCase("school-1", "4500000003", "450102")]
    [TestCase("region-44", "4500000003", "450102")]
    [TestCase("school-2", "4400000001", "440106")]
    public async Task A_file_of_a_school_outside_the_senders_binding_is_refused_and_changes_nothing(string account, string school, string county)
    {
        var before = await SnapshotAsync(school);
        using var response = await _host.UploadAsync(account, SubmissionFiles.Profile(school, county, students: 777 + account.Length));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var status = await _host.FinalStatusAsync(id, account);
        Assert.That((status.GetProperty("status").GetString(), status.GetProperty("reason").GetString()), Is.EqualTo(("refused", "submitter_not_permitted")));
        Assert.That(status.GetProperty("rowsLoaded").GetInt32(), Is.Zero);
        Assert.That(await SnapshotAsync(school), Is.EqualTo(before), "the school's versions and loaded submissions are as they were");
        Assert.That(File.Exists(Path.Combine(_host.Home.Path, "store", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.False, "no copy kept");
        Assert.That(Directory.Exists(Path.Combine(_host.Home.Path, "quarantine")) ? Directory.EnumerateFiles(Path.Combine(_host.Home.Path, "quarantine"), "*", SearchOption.AllDirectories) : [], Is.Empty);
        using var rows = await _host.GetAsync($"/api/submissions/{id}/rejected-rows", account);
        Assert.That(rows.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the other school's rows stay out of reach");
    }

    [Test]
    public async Task An_official_cannot_upload_and_oversize_and_malformed_uploads_are_answered_clearly()
    {
        using (var official = await _host.UploadAsync("official-44", SubmissionFiles.Profile("4400000001", "440106")))
        {
            Assert.That(official.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }

        using (var big = await _host.UploadAsync("school-1", new byte[(2 * 1024 * 1024) + 10]))
        {
            Assert.That(big.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(await big.Content.ReadAsStringAsync(), Does.Contain("file_too_large").And.Contain("1 MB"));
        }

        var notMultipart = WebHostRun.Request(HttpMethod.Post, "/api/submissions", _host.Keys["school-1"]);
        notMultipart.Content = new ByteArrayContent(SubmissionFiles.Profile("4400000001", "440106"));
        notMultipart.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using (var response = await _host.Client.SendAsync(notMultipart))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("malformed_upload").And.Contain("multipart/form-data"));
        }

        var two = WebHostRun.Request(HttpMethod.Post, "/api/submissions", _host.Keys["school-1"]);
        two.Content = new MultipartFormDataContent
        {
            { new ByteArrayContent([1, 2]), "a", "a.csv" },
            { new ByteArrayContent([3, 4]), "b", "b.csv" },
        };
        using (var response = await _host.Client.SendAsync(two))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("exactly one file"));
        }

        using (var empty = await _host.UploadAsync("school-1", []))
        {
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("empty"));
        }

        var truncated = WebHostRun.Request(HttpMethod.Post, "/api/submissions", _host.Keys["school-1"]);
        truncated.Content = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"));
        truncated.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using (var response = await _host.Client.SendAsync(truncated))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("malformed_upload"));
        }
    }

    [Test]
    public async Task Sign_in_sets_a_secure_cookie_that_reads_dashboards_and_the_API_only_with_the_antiforgery_header()
    {
        var (response, cookies) = await _host.SignInAsync("official-44", WebHostRun.Password, "/dashboards/44/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/dashboards/44/"));
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voced.auth=", StringComparison.Ordinal));
        Assert.That(auth.ToLowerInvariant(), Does.Contain("secure").And.Contain("httponly").And.Contain("samesite=lax"));

        using (var signInPage = await _host.Client.GetAsync("/signin"))
        {
            Assert.That(signInPage.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), "the sign-in form in nobody's frame");
            Assert.That(signInPage.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo("frame-ancestors 'none'"));
            Assert.That(signInPage.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        }

        var page = new HttpRequestMessage(HttpMethod.Get, "/dashboards/44/index.html");
        page.Headers.Add("Cookie", cookies);
        using (var ok = await _host.Client.SendAsync(page))
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var api = new HttpRequestMessage(HttpMethod.Get, _report44);
        api.Headers.Add("Cookie", cookies);
        using (var refused = await _host.Client.SendAsync(api))
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a cookie without the antiforgery header");
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("X-CSRF-TOKEN"));
        }

        var tokenRequest = new HttpRequestMessage(HttpMethod.Get, "/antiforgery");
        tokenRequest.Headers.Add("Cookie", cookies);
        using var tokenResponse = await _host.Client.SendAsync(tokenRequest);
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        var withToken = new HttpRequestMessage(HttpMethod.Get, _report44);
        withToken.Headers.Add("Cookie", string.Join("; ", new[] { cookies, WebHostRun.CookiesOf(tokenResponse) }.Where(c => c.Length > 0)));
        withToken.Headers.Add("X-CSRF-TOKEN", token);
        using (var accepted = await _host.Client.SendAsync(withToken))
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var outside = new HttpRequestMessage(HttpMethod.Get, "/dashboards/index.html");
        outside.Headers.Add("Cookie", cookies);
        using var forbidden = await _host.Client.SendAsync(outside);
        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the breadcrumb to the nation is outside 44");

        var (_, external) = await _host.SignInAsync("official-44", WebHostRun.Password, "//evil.example/");
        Assert.That(external, Is.Not.Empty);
        // A browser drops tabs and line breaks from an address and reads a backslash as a slash: each of these is //evil.example.
        foreach (var elsewhere in new[] { "https://evil.example/", "/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example/", "/\\evil.example/", "/ /evil.example/" })
        {
            var (redirect, _) = await _host.SignInAsync("official-44", WebHostRun.Password, elsewhere);
            Assert.That(redirect.Headers.Location?.OriginalString, Is.EqualTo("/"), "never sent to another site: " + elsewhere);
        }
    }

    [Test]
    public async Task A_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "official-45", ["password"] = WebHostRun.Password }),
        };
        using var response = await _host.Client.SendAsync(post);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebHostRun.CookiesOf(response), Does.Not.Contain("voced.auth"));
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_answered_like_a_bad_password_and_the_audit_log_says_so()
    {
        var accounts = new AccountService(_host.Store, new AccessOptions(), TimeProvider.System);
        await accounts.AddAsync("brute", AccessRoles.Official, "44", null, WebHostRun.Password, CancellationToken.None);
        var answers = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var (wrong, _) = await _host.SignInAsync("brute", "wrong password " + attempt);
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            answers.Add(await wrong.Content.ReadAsStringAsync());
        }

        var (locked, cookies) = await _host.SignInAsync("brute", WebHostRun.Password);
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "locked: even the right password is refused");
        Assert.That(cookies, Does.Not.Contain("voced.auth"));
        Assert.That(Answer(await locked.Content.ReadAsStringAsync()), Is.EqualTo(Answer(answers[0])), "a locked account is answered like a bad password");
        var (unknown, _) = await _host.SignInAsync("nobody-here", "some password");
        Assert.That(Answer(await unknown.Content.ReadAsStringAsync()), Is.EqualTo(Answer(answers[0])));

        var audit = await _host.Store.ReadAuditAsync(500, CancellationToken.None);
        var brute = audit.Where(a => a.Account == "brute" && a.Action == AuditActions.SignIn).Select(a => a.Outcome).Reverse().ToList();
        Assert.That(brute, Is.EqualTo(new[] { "bad_password", "bad_password", "bad_password", "bad_password", "locked", "locked" }));
        Assert.That(audit.Any(a => a.Account == AuditActions.Unknown && a.Outcome == SignInResult.UnknownUser), Is.True);
        Assert.That(audit.Any(a => a.Account.Contains("nobody", StringComparison.Ordinal) || (a.Target ?? string.Empty).Contains("wrong password", StringComparison.Ordinal)), Is.False, "no typed name or password in the log");

        Assert.That(await accounts.ResetAsync("brute", "a brand new password", CancellationToken.None), Is.True);
        var (after, _) = await _host.SignInAsync("brute", "a brand new password");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a reset lifts the lock");
    }

    [Test]
    public async Task A_disabled_account_and_a_revoked_key_stop_working_at_once()
    {
        var accounts = new AccountService(_host.Store, new AccessOptions(), TimeProvider.System);
        await accounts.AddAsync("leaver", AccessRoles.Official, "44", null, WebHostRun.Password, CancellationToken.None);
        var key = await accounts.CreateKeyAsync("leaver", CancellationToken.None);
        var (_, cookies) = await _host.SignInAsync("leaver", WebHostRun.Password);
        using (var ok = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, "/dashboards/44/index.html", key.Key)))
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(await _host.Store.SetDisabledAsync("leaver", true, CancellationToken.None), Is.True);
        using (var byKey = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, "/dashboards/44/index.html", key.Key)))
        {
            Assert.That(byKey.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Unauthorized));
        }

        var page = new HttpRequestMessage(HttpMethod.Get, "/dashboards/44/index.html");
        page.Headers.Add("Cookie", cookies);
        using (var byCookie = await _host.Client.SendAsync(page))
        {
            Assert.That(byCookie.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the session ended");
        }

        await _host.Store.SetDisabledAsync("leaver", false, CancellationToken.None);
        Assert.That(await _host.Store.RevokeKeyAsync(key.Prefix, DateTime.UtcNow, CancellationToken.None), Is.True);
        using var revoked = await _host.Client.SendAsync(WebHostRun.Request(HttpMethod.Get, _report44, key.Key));
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var stored = await _host.Store.FindKeyAsync(key.Prefix, CancellationToken.None);
        Assert.That(stored!.SecretSha256, Is.EqualTo(AccountService.Sha256(key.Key)).And.Not.Contain(key.Key.Split('.')[1]), "only the key's SHA-256 is kept");
    }

    [Test]
    public async Task Fifty_concurrent_uploads_are_each_registered_and_loaded_exactly_once()
    {
        const int count = 50;
        var schools = Enumerable.Range(0, count).Select(i => (4400000100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using var client = _host.NewClient();
        var responses = await Task.WhenAll(schools.Select(async school =>
        {
            using var response = await _host.UploadAsync("admin", SubmissionFiles.Profile(school, "440106"), school + ".csv", client);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
        Assert.That(responses.Select(r => r.Item1), Has.All.EqualTo(202), string.Join("\n", responses.Where(r => r.Item1 != 202).Select(r => r.Item2)));
        var ids = responses.Select(r => JsonDocument.Parse(r.Item2).RootElement.GetProperty("id").GetInt64()).ToList();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(count));
        foreach (var id in ids)
        {
            var status = await _host.FinalStatusAsync(id, "admin", seconds: 120);
            Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("loaded"), $"submission {id}");
        }

        await using var db = _host.Warehouse.CreateContext();
        var registered = await db.EtlSubmissions.AsNoTracking().Where(s => schools.Contains(s.SubmitterCode!)).ToListAsync();
        Assert.That(registered.Select(s => s.SubmitterCode), Is.EquivalentTo(schools), "one submission per file");
        Assert.That(registered.Select(s => s.Version), Has.All.EqualTo(1));
        var profiles = await db.StgSchoolProfiles.AsNoTracking().Where(p => schools.Contains(p.SchoolCode)).CountAsync();
        Assert.That(profiles, Is.EqualTo(count), "each file's row loaded once");
        var uploads = (await _host.Store.ReadAuditAsync(10_000, CancellationToken.None)).Count(a => a.Action == AuditActions.Upload && a.Account == "admin" && ids.Contains(long.Parse(a.Target!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(uploads, Is.EqualTo(count), "each upload audited once");
    }

    [Test]
    public async Task The_audit_log_records_uploads_downloads_and_denials_by_account_name()
    {
        using (await _host.GetAsync(_report44, "official-44"))
        using (await _host.GetAsync("/api/reports/regional-quality/45/2024", "official-44"))
        {
            var audit = await _host.Store.ReadAuditAsync(1000, CancellationToken.None);
            Assert.That(audit.Any(a => a is { Account: "official-44", Action: AuditActions.Download, Target: "report regional-quality/44/2024", Outcome: "ok" }), Is.True);
            Assert.That(audit.Any(a => a is { Account: "official-44", Action: AuditActions.Denied, Target: "report regional-quality/45/2024" }), Is.True);
        }
    }

    private static string Answer(string html) => System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\"[^>]*>([^<]*)</p>").Groups[1].Value;

    private async Task<string> SnapshotAsync(string school)
    {
        await using var db = _host.Warehouse.CreateContext();
        var versions = await db.DimSchools.AsNoTracking().Where(s => s.SchoolCode == school).OrderBy(s => s.ValidFrom)
            .Select(s => s.CountyCode + "|" + s.SchoolName + "|" + s.ValidFrom + "|" + s.ValidTo).ToListAsync();
        var loaded = await db.EtlSubmissions.AsNoTracking().Where(s => s.SubmitterCode == school && s.Status != "refused").OrderBy(s => s.SubmissionId)
            .Select(s => s.SubmissionId + "|" + s.Status + "|" + s.Version).ToListAsync();
        var staged = await db.StgSchoolProfiles.AsNoTracking().CountAsync(p => p.SchoolCode == school);
        return string.Join(";", versions) + " / " + string.Join(";", loaded) + " / " + staged;
    }
}
