using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;
using VocEd.Etl;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Reports.Cubes;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Reports.Exports;
using VocEd.Scheduler.Composition;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Scheduling;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks;

/// <summary>
/// The scheduler's overhead: one night — load every file of a sample, refresh the cubes (incremental), export them,
/// render the dashboard site — run twice per round on fresh warehouses: by the services called directly, as the CLI
/// calls them, in this process; and through a `voced serve --no-web` child process (the scheduler's default settings,
/// crons off) that this harness drives through Hangfire's storage: the files dropped into its inbox, `scan-inbox` and
/// the loads, then the nightly chain. The clock of the scheduler's side starts when the files are in the inbox and its
/// servers are up, and stops when the chain's last step has succeeded. Rounds alternate which side goes first; the
/// overhead ratio is median(scheduler) ÷ median(direct). Each round also checks that both sides' cubes are equal (but for the receipt's own records: when and as which
/// submission each file was received).
/// </summary>
internal static class SchedulerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchmarkArguments.PairsAsync(args, "--sample", "--provider", "--runs", "--work").ConfigureAwait(false) is not { } values
            || await BenchmarkArguments.SampleAsync(values).ConfigureAwait(false) is not { } sample)
        {
            return 2;
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync($"error: --provider {provider}: give sqlite or postgres").ConfigureAwait(false);
            return 2;
        }

        if (!int.TryParse(values.GetValueOrDefault("--runs", "3"), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
        {
            await Console.Error.WriteLineAsync("error: --runs must be a whole number, at least 1").ConfigureAwait(false);
            return 2;
        }

        var work = values.GetValueOrDefault("--work") ?? Path.Combine(Path.GetTempPath(), "voced-scheduler-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        var files = Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories).Count(f => !InboxScanner.IsIgnored(Path.GetRelativePath(sample, f).Replace('\\', '/')));
        var bytes = Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scheduler overhead: {files:N0} files ({bytes / (1024.0 * 1024.0):N1} MiB) from {sample} on {provider}; {runs} round(s); cores {Environment.ProcessorCount}; gen0 budget: {BenchmarkArguments.Gen0Budget()}"));

        PostgresServer? server = null;
        try
        {
            if (provider == "postgres")
            {
                server = await PostgresServer.StartAsync().ConfigureAwait(false);
            }

            var keyFile = Path.Combine(work, "secrets", "pseudonym-key.json");
            if (!File.Exists(keyFile))
            {
                PseudonymKey.Init(keyFile); // one key for both sides: the cubes must come out equal
            }
            var direct = new List<double>();
            var scheduled = new List<double>();
            for (var round = 1; round <= runs; round++)
            {
                var home = Path.Combine(work, "round-" + round.ToString(CultureInfo.InvariantCulture));
                var directHome = Path.Combine(home, "direct");
                var scheduledHome = Path.Combine(home, "scheduler");
                var directWarehouse = await FreshAsync(server, directHome).ConfigureAwait(false);
                var scheduledWarehouse = await FreshAsync(server, scheduledHome).ConfigureAwait(false);
                (double Seconds, string Detail) d, s;
                if (round % 2 == 1)
                {
                    d = await DirectAsync(sample, directHome, directWarehouse, keyFile).ConfigureAwait(false);
                    s = await ScheduledAsync(sample, scheduledHome, scheduledWarehouse, keyFile).ConfigureAwait(false);
                }
                else
                {
                    s = await ScheduledAsync(sample, scheduledHome, scheduledWarehouse, keyFile).ConfigureAwait(false);
                    d = await DirectAsync(sample, directHome, directWarehouse, keyFile).ConfigureAwait(false);
                }

                var differences = CubeSnapshot.Differences(
                    CubeSnapshot.WithoutReceipts(await CubeSnapshot.ReadAsync(directWarehouse).ConfigureAwait(false)),
                    CubeSnapshot.WithoutReceipts(await CubeSnapshot.ReadAsync(scheduledWarehouse).ConfigureAwait(false)));
                direct.Add(d.Seconds);
                scheduled.Add(s.Seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: direct {d.Seconds:F2} s ({d.Detail}); scheduler {s.Seconds:F2} s ({s.Detail}); ratio {s.Seconds / d.Seconds:F3}; cubes {(differences.Count == 0 ? "equal" : differences.Count.ToString(CultureInfo.InvariantCulture) + " difference(s): " + differences[0])}"));
                if (differences.Count > 0)
                {
                    return 1;
                }

                Directory.Delete(home, recursive: true);
            }

            var medianDirect = Median(direct);
            var medianScheduled = Median(scheduled);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median direct    {medianDirect:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median scheduler {medianScheduled:F2} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overhead ratio   {medianScheduled / medianDirect:F3} (target ≤ 1.05)"));
            return 0;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            if (!values.ContainsKey("--work") && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>
    /// A fresh, migrated warehouse: a SQLite file in <paramref name="home"/>, or a new PostgreSQL database reached with
    /// pooled connections, as a deployment's would be (the test server's connection strings turn pooling off, and a job
    /// host that opens a server process per statement measures PostgreSQL's connection start-up, not the scheduler).
    /// </summary>
    private static async Task<WarehouseOptions> FreshAsync(PostgresServer? server, string home)
    {
        Directory.CreateDirectory(home);
        var warehouse = server is null
            ? new WarehouseOptions(WarehouseProvider.Sqlite, "Data Source=" + Path.Combine(home, "data", "voced.db"))
            : new WarehouseOptions(WarehouseProvider.Postgres, PostgresServer.Pooled(await server.CreateDatabaseAsync("bench").ConfigureAwait(false)));
        Directory.CreateDirectory(Path.Combine(home, "data"));
        await using var services = VocedServices.Build(warehouse, Etl(home, Path.Combine(home, "unused-key.json")), ReferenceDataSet.DefaultDirectory);
        await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        return warehouse;
    }

    private static EtlOptions Etl(string home, string keyFile) => new()
    {
        PseudonymKeyFile = keyFile,
        QuarantineDirectory = Path.Combine(home, "data", "quarantine"),
        StoreDirectory = Path.Combine(home, "data", "store"),
    };

    /// <summary>The night by the services, as `voced ingest`, `refresh`, `export` and `dashboards` call them.</summary>
    private static async Task<(double, string)> DirectAsync(string sample, string home, WarehouseOptions warehouse, string keyFile)
    {
        await using var services = VocedServices.Build(warehouse, Etl(home, keyFile), ReferenceDataSet.DefaultDirectory);
        var clock = Stopwatch.StartNew();
        var ingest = await services.GetRequiredService<IngestRunner>().RunAsync([sample], null, CancellationToken.None).ConfigureAwait(false);
        var loaded = clock.Elapsed;
        await services.GetRequiredService<CubeRefresher>().RefreshAsync(full: false, CancellationToken.None).ConfigureAwait(false);
        var refreshed = clock.Elapsed;
        await services.GetRequiredService<CubeExporter>().ExportAsync(Path.Combine(home, "data", "exports"), ExportFormats.Both, DisclosureControl.DefaultMinimumDenominator, CancellationToken.None).ConfigureAwait(false);
        var exported = clock.Elapsed;
        var site = await DashboardModelBuilder.BuildAsync(warehouse, SitePaths.Nation, null, DisclosureControl.DefaultMinimumDenominator, CancellationToken.None).ConfigureAwait(false);
        await DashboardRenderer.RenderAsync(site, Path.Combine(home, "data", "dashboards"), SitePaths.Nation, CancellationToken.None).ConfigureAwait(false);
        var total = clock.Elapsed;
        return (total.TotalSeconds, string.Create(CultureInfo.InvariantCulture,
            $"{ingest.Submissions.Count:N0} submissions: ingest {loaded.TotalSeconds:F2}, refresh {(refreshed - loaded).TotalSeconds:F2}, export {(exported - refreshed).TotalSeconds:F2}, dashboards {(total - exported).TotalSeconds:F2}"));
    }

    /// <summary>The night through a `voced serve --no-web` process.</summary>
    private static async Task<(double, string)> ScheduledAsync(string sample, string home, WarehouseOptions warehouse, string keyFile)
    {
        var options = new SchedulerOptions
        {
            Inbox = Path.Combine(home, "data", "inbox"),
            Store = Path.Combine(home, "data", "store"),
            Exports = Path.Combine(home, "data", "exports"),
            Dashboards = Path.Combine(home, "data", "dashboards"),
        };
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(options.Inbox, Path.GetRelativePath(sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var log = new Queue<string>();
        using var worker = StartWorker(home, warehouse, options, keyFile);
        worker.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.Enqueue(e.Data ?? string.Empty);
                if (log.Count > 40)
                {
                    log.Dequeue(); // the tail is enough to say why it stopped
                }
            }
        };
        worker.BeginErrorReadLine();
        try
        {
            var storage = HangfireStorageFactory.Create(warehouse, options);
            var up = Stopwatch.StartNew();
            while (storage.GetMonitoringApi().Servers().Count < JobQueues.All.Count)
            {
                if (worker.HasExited || up.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new InvalidOperationException("voced serve --no-web did not start: " + Tail(log));
                }

                await Task.Delay(100).ConfigureAwait(false);
            }

            var jobs = new BackgroundJobClient(storage);
            var clock = Stopwatch.StartNew();
            var scan = jobs.Enqueue<ScanInboxJob>(j => j.RunAsync(CancellationToken.None));
            await ExpectSucceededAsync(storage, scan, "scan-inbox").ConfigureAwait(false);
            await JobWaiter.LoadsDoneAsync(storage, warehouse, TimeSpan.FromHours(4), CancellationToken.None).ConfigureAwait(false);
            var loaded = clock.Elapsed;
            var chain = NightlyChain.Enqueue(jobs);
            foreach (var step in chain)
            {
                await ExpectSucceededAsync(storage, step, "a step of the nightly chain").ConfigureAwait(false);
            }

            var total = clock.Elapsed;
            return (total.TotalSeconds, string.Create(CultureInfo.InvariantCulture,
                $"scan and loads {loaded.TotalSeconds:F2}, chain {(total - loaded).TotalSeconds:F2}"));
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }

            await worker.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExpectSucceededAsync(JobStorage storage, string jobId, string what)
    {
        var state = await JobWaiter.FinalStateAsync(storage, jobId, TimeSpan.FromHours(4), CancellationToken.None).ConfigureAwait(false);
        if (state != SucceededState.StateName)
        {
            throw new InvalidOperationException($"{what} (job {jobId}) ended {state}");
        }
    }

    /// <summary>`voced serve --no-web` with the scheduler's defaults, the launcher's batch runtime settings, every cron off.</summary>
    private static Process StartWorker(string home, WarehouseOptions warehouse, SchedulerOptions options, string keyFile)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "voced.dll"), "serve", "--no-web" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["VOCED_HOME"] = home;
        info.Environment["VOCED_PROVIDER"] = warehouse.Provider == WarehouseProvider.Sqlite ? "sqlite" : "postgres";
        info.Environment["VOCED_CONNECTION"] = warehouse.ConnectionString;
        info.Environment["VOCED_INBOX"] = options.Inbox;
        info.Environment["Etl__PseudonymKeyFile"] = keyFile;
        info.Environment["Etl__QuarantineDirectory"] = Path.Combine(home, "data", "quarantine");
        info.Environment["Etl__StoreDirectory"] = options.Store;
        info.Environment["Scheduler__Exports"] = options.Exports;
        info.Environment["Scheduler__Dashboards"] = options.Dashboards;
        info.Environment["Scheduler__SettleSeconds"] = "0";
        foreach (var id in JobIds.All)
        {
            info.Environment["Scheduler__Crons__" + id] = "off"; // this harness enqueues the night itself
        }

        // What scripts/runtime-env.sh sets for `serve --no-web` (this harness has the same in its runtimeconfig).
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_gcConcurrent"] = "0";
        info.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        info.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start voced serve --no-web");
    }

    private static string Tail(Queue<string> log)
    {
        lock (log)
        {
            return string.Join(Environment.NewLine, log);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
