using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VocEd.Etl;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;
using VocEd.Scheduler.Access;
using VocEd.Scheduler.Composition;
using VocEd.Scheduler.Scheduling;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks;

/// <summary>
/// The submission API under load, on 127.0.0.1 only: the web host (`voced serve` with its Hangfire servers) on a fresh
/// warehouse, N submitters — each an account bound to its own school with an API key — uploading M small school_profile
/// files between them (one per school and academic year), each submitter one file after another, all submitters at once.
/// Reports the upload latency (p50, p95, max: from the request's start to the 202), error responses, and the time until
/// every file is loaded; fails unless every file is registered and loaded exactly once.
/// </summary>
internal static class UploadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchmarkArguments.PairsAsync(args, "--provider", "--files", "--submitters", "--work").ConfigureAwait(false) is not { } values)
        {
            return 2;
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgres")
            || !int.TryParse(values.GetValueOrDefault("--files", "1000"), NumberStyles.None, CultureInfo.InvariantCulture, out var files) || files < 1
            || !int.TryParse(values.GetValueOrDefault("--submitters", "50"), NumberStyles.None, CultureInfo.InvariantCulture, out var submitters) || submitters < 1 || files % submitters != 0 || files / submitters > 20)
        {
            await Console.Error.WriteLineAsync("error: --provider sqlite|postgres, --files N and --submitters S with N a multiple of S and at most 20 files per submitter").ConfigureAwait(false);
            return 2;
        }

        var work = values.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "voced-upload-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload: {files:N0} files from {submitters} concurrent submitters on {provider}; cores {Environment.ProcessorCount}"));
        PostgresServer? server = null;
        try
        {
            server = provider == "postgres" ? await PostgresServer.StartAsync().ConfigureAwait(false) : null;
            var warehouse = server is null
                ? new WarehouseOptions(WarehouseProvider.Sqlite, "Data Source=" + Path.Combine(work, "voced.db"))
                : new WarehouseOptions(WarehouseProvider.Postgres, PostgresServer.Pooled(await server.CreateDatabaseAsync("upload").ConfigureAwait(false), maxPoolSize: 20) /* under the test server's 50, with room for this harness's */);
            var etl = new EtlOptions
            {
                PseudonymKeyFile = Path.Combine(work, "secrets", "pseudonym-key.json"),
                QuarantineDirectory = Path.Combine(work, "quarantine"),
                StoreDirectory = Path.Combine(work, "store"),
            };
            await using (var services = VocedServices.Build(warehouse, etl, ReferenceDataSet.DefaultDirectory))
            {
                await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            }

            PseudonymKey.Init(etl.PseudonymKeyFile); // as `voced pseudonym-key init`: the host never makes a key itself

            var options = new SchedulerOptions
            {
                Inbox = Path.Combine(work, "inbox"),
                Store = etl.StoreDirectory,
                Exports = Path.Combine(work, "exports"),
                Dashboards = Path.Combine(work, "dashboards"),
                StorageConnection = server is null ? Path.Combine(work, "hangfire.db") : null,
            };
            foreach (var id in JobIds.All)
            {
                options.Crons[id] = "off";
            }

            var app = SchedulerHost.BuildWeb(new SchedulerSetup(warehouse, etl, options, ReferenceDataSet.DefaultDirectory), "http://127.0.0.1:0", runJobs: true, LogLevel.Warning);
            await app.StartAsync().ConfigureAwait(false);
            try
            {
                return await MeasureAsync(app, warehouse, files, submitters).ConfigureAwait(false);
            }
            finally
            {
                await app.StopAsync().ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(Microsoft.AspNetCore.Builder.WebApplication app, WarehouseOptions warehouse, int files, int submitters)
    {
        var accounts = app.Services.GetRequiredService<AccountService>();
        var schools = Enumerable.Range(0, submitters).Select(i => (4400009000 + i).ToString(CultureInfo.InvariantCulture)).ToList();
        var keys = new List<string>();
        foreach (var school in schools)
        {
            await accounts.AddAsync("bench-" + school, AccessRoles.Submitter, null, school, "benchmark password", CancellationToken.None).ConfigureAwait(false);
            keys.Add((await accounts.CreateKeyAsync("bench-" + school, CancellationToken.None).ConfigureAwait(false)).Key);
        }

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var perSubmitter = files / submitters;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(schools.Select(async (school, i) =>
        {
            for (var n = 0; n < perSubmitter; n++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions");
                request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", keys[i]);
                using var content = new MultipartFormDataContent { { new ByteArrayContent(Profile(school, 2024 - n)), "file", "profile.csv" } };
                request.Content = content;
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request).ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if ((int)response.StatusCode != 202)
                {
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode}: {body}"));
                }
            }
        })).ConfigureAwait(false);
        var uploaded = clock.Elapsed;

        int loaded;
        while (true)
        {
            await using var db = warehouse.CreateContext();
            loaded = await db.EtlSubmissions.CountAsync(s => schools.Contains(s.SubmitterCode!) && s.Status == SubmissionStatuses.Loaded).ConfigureAwait(false);
            var waiting = await db.EtlSubmissions.CountAsync(s => schools.Contains(s.SubmitterCode!) && (s.Status == SubmissionStatuses.Received || s.Status == SubmissionStatuses.Claimed)).ConfigureAwait(false);
            if (waiting == 0 || clock.Elapsed > TimeSpan.FromMinutes(30))
            {
                break;
            }

            await Task.Delay(500).ConfigureAwait(false);
        }

        var done = clock.Elapsed;
        await using var check = warehouse.CreateContext();
        var registered = await check.EtlSubmissions.CountAsync(s => schools.Contains(s.SubmitterCode!)).ConfigureAwait(false);
        var staged = await check.StgSchoolProfiles.CountAsync(p => schools.Contains(p.SchoolCode)).ConfigureAwait(false);
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"uploads: {sorted.Count:N0} in {uploaded.TotalSeconds:F1} s ({sorted.Count / uploaded.TotalSeconds:F1}/s); latency p50 {Percentile(sorted, 0.50):F0} ms, p95 {Percentile(sorted, 0.95):F0} ms, max {sorted[^1]:F0} ms; error responses {errors.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loads: {loaded:N0} loaded of {registered:N0} registered ({staged:N0} profile rows) after {done.TotalSeconds:F1} s"));
        foreach (var error in errors.Take(5))
        {
            Console.WriteLine("  " + error);
        }

        var exactlyOnce = errors.IsEmpty && registered == files && loaded == files && staged == files;
        Console.WriteLine(exactlyOnce ? "every file registered and loaded exactly once" : "NOT every file registered and loaded exactly once");
        return exactlyOnce ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static byte[] Profile(string school, int year)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ColumnNames.SchoolCode] = school,
            [ColumnNames.SchoolName] = "压测职业学院" + school[^3..],
            [ColumnNames.SchoolType] = "associate",
            [ColumnNames.Sponsor] = "公办",
            [ColumnNames.CountyCode] = "440106",
            [ColumnNames.AcademicYear] = year.ToString(CultureInfo.InvariantCulture),
            [ColumnNames.StudentsTotal] = "1200",
            [ColumnNames.FulltimeTeachers] = "80",
            [ColumnNames.DualQualifiedTeachers] = "40",
            [ColumnNames.ParttimeTeachers] = "20",
            [ColumnNames.ParttimeTeachingHours] = "3000",
            [ColumnNames.EquipmentValueYuan] = "5000000",
            [ColumnNames.PracticeWorkstations] = "600",
            [ColumnNames.PartnerEnterprises] = "12",
        };
        var columns = SubmissionTemplates.For(SubmissionKind.SchoolProfile).Columns;
        return Encoding.UTF8.GetBytes(string.Join(',', columns.Select(c => c.HeaderZh)) + "\r\n"
            + string.Join(',', columns.Select(c => values.GetValueOrDefault(c.Name, string.Empty))) + "\r\n");
    }
}
