using System.CommandLine;
using System.Globalization;
using Hangfire;
using Hangfire.States;
using Microsoft.Data.Sqlite;
using VocEd.Etl;
using VocEd.Etl.Pseudonymize;
using VocEd.Generator;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Rendering;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Scheduling;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced demo`: the main job on the embedded default. Builds a fresh SQLite warehouse under ./data/demo/, migrates
/// and seeds it, generates small-scale sample submissions with a few faults, ingests them (with the demo's own
/// pseudonym key and quarantine folder under ./data/demo/) through the scheduler — the files dropped into ./data/demo/inbox/,
/// the jobs run by Hangfire in this process (storage ./data/demo/voced-demo-hangfire.db): scan-inbox, the loads, then the
/// nightly chain (refresh, export to ./data/demo/exports/, the dashboard site into ./data/demo/dashboards/, subscriptions) — and prints the ingest summary,
/// what the warehouse holds and the headline numbers. With --serve the host stays up afterwards.
/// </summary>
internal static class DemoCommand
{
    /// <summary>
    /// The demo's academic year, fixed (not taken from the clock) so that the demo, the README and the analyst guide's
    /// queries agree: 2024 = 2024-2025学年, whose graduates are those of graduation year 2025.
    /// </summary>
    public const int Year = 2024;

    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var scale = new Option<string?>("--scale") { Description = "Size of the generated sample: tiny or small (default small, under a minute).", HelpName = "tiny|small" };
        var serve = new Option<bool>("--serve") { Description = "Keep the scheduler host up afterwards (Hangfire dashboard, /healthz) and print its URLs; Ctrl+C stops it." };
        var serveUrls = new Option<string?>("--urls") { Description = "With --serve: where the web host listens (default http://127.0.0.1:5080).", HelpName = "URL" };
        var command = new Command("demo", "Run the main job on a fresh embedded (SQLite) warehouse under ./data/demo/: generate sample submissions (1 % faults) into an inbox, then run the nightly chain through the Hangfire scheduler in this process (scan-inbox and the loads, refresh-cubes, export-cubes, render-dashboards, deliver-due-subscriptions), write both report workbooks for the nation and the largest province, print a summary and headline numbers. With --provider/--connection, run it on that warehouse instead (not wiped).")
        {
            scale,
            serve,
            serveUrls,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var demo = Directory.CreateDirectory(Path.Combine(ctx.Settings.HomeDirectory, "data", "demo")).FullName;
            var options = ctx.WarehouseGivenOnCommandLine ? ctx.Warehouse() : FreshDemoWarehouse(demo);
            await ctx.Out.WriteLineAsync($"VocEd Warehouse demo — {options.Provider.ToName()} warehouse: {Describe(options)}").ConfigureAwait(false);
            var started = ctx.Time.GetTimestamp();
            var etl = new EtlOptions
            {
                PseudonymKeyFile = Path.Combine(demo, "secrets", "pseudonym-key.json"),
                QuarantineDirectory = Path.Combine(demo, "quarantine"),
                StoreDirectory = Path.Combine(demo, "store"),
            };
            if (!ctx.WarehouseGivenOnCommandLine)
            {
                // A fresh demo warehouse gets a fresh demo key, made explicitly: no pseudonym of the old one is left. The
                // folder is the demo's own: an older demo may have made it readable by others.
                var secrets = Path.GetDirectoryName(etl.PseudonymKeyFile)!;
                if (Directory.Exists(secrets))
                {
                    File.Delete(etl.PseudonymKeyFile);
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    }
                }
            }

            if (!File.Exists(etl.PseudonymKeyFile))
            {
                var key = PseudonymKey.Init(etl.PseudonymKeyFile);
                await ctx.Out.WriteLineAsync($"made the demo's own pseudonym key (fingerprint {key.Fingerprint}) in {etl.PseudonymKeyFile}").ConfigureAwait(false);
            }

            await using var services = ctx.Services(options, etl);
            var reference = services.GetRequiredService<ReferenceDataSet>();
            var report = await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"migrated ({report.AppliedMigrations.Count} migration(s)) and seeded reference data ({report.Seed.Inserted} rows) in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s").ConfigureAwait(false);

            var sample = Path.Combine(demo, "sample");
            var generated = await new SampleGenerator(reference).RunAsync(
                GeneratorOptions.Parse(ctx.Parse.GetValue(scale) ?? "small", Year.ToString(CultureInfo.InvariantCulture), sample, faultRate: "0.01", clock: ctx.Time),
                null,
                ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {generated.FilesWritten:N0} sample submissions of academic year {Year} ({Year}-{Year + 1}学年; graduates of {Year + 1}): {generated.TotalRows:N0} rows, {generated.FaultsInjected:N0} faults, in {sample}")).ConfigureAwait(false);

            // The nightly chain through Hangfire, in this process: the sample lands in the inbox, scan-inbox registers it and
            // enqueues the loads, then refresh-cubes → export-cubes → render-dashboards → deliver-due-subscriptions.
            var inbox = Path.Combine(demo, "inbox");
            CopyTree(sample, inbox);
            var hangfire = Path.Combine(demo, "voced-demo-hangfire.db");
            foreach (var path in new[] { hangfire, hangfire + "-wal", hangfire + "-shm", hangfire + "-journal" })
            {
                File.Delete(path);
            }

            var scheduler = ctx.Settings.Scheduler();
            scheduler.Inbox = inbox;
            scheduler.Store = etl.StoreDirectory;
            scheduler.Exports = Path.Combine(demo, "exports");
            scheduler.Dashboards = Path.Combine(demo, "dashboards");
            scheduler.SettleSeconds = 0;
            scheduler.QueuePollSeconds = 0.2;
            scheduler.SchedulePollingSeconds = 1;
            scheduler.StorageConnection = options.Provider == WarehouseProvider.Sqlite ? hangfire : scheduler.StorageConnection;
            var setup = ctx.SchedulerSetup(options, etl, scheduler);
            var keepServing = ctx.Parse.GetValue(serve);
            var urls = ctx.Parse.GetValue(serveUrls) ?? ServeCommand.DefaultUrls;
            IHost host = keepServing ? SchedulerHost.BuildWeb(setup, urls, runJobs: true, LogLevel.Warning) : SchedulerHost.BuildWorker(setup, LogLevel.Warning);
            await host.StartAsync(ct).ConfigureAwait(false);
            try
            {
                var storage = host.Services.GetRequiredService<JobStorage>();
                var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();
                await ctx.Out.WriteLineAsync($"scheduler: Hangfire on {HangfireStorageFactory.Describe(setup.Warehouse, scheduler)}; queues {SchedulerServices.ServedQueues(setup)}").ConfigureAwait(false);
                var loadsStarted = ctx.Time.GetTimestamp();
                var scan = jobs.Enqueue<ScanInboxJob>(j => j.RunAsync(CancellationToken.None));
                await ExpectSucceededAsync(storage, scan, "scan-inbox", ct).ConfigureAwait(false);
                await JobWaiter.LoadsDoneAsync(storage, options, TimeSpan.FromHours(2), ct).ConfigureAwait(false);
                var summary = await LoadsSummary.ReadAsync(options, ctx.Time.GetElapsedTime(loadsStarted), SchedulerServices.WorkersOf(setup, JobQueues.Ingest), ct).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync("ingest by scan-inbox and load-submission jobs (files not loaded are listed; rejected rows are in etl_rejected_row):").ConfigureAwait(false);
                await IngestSummaryPrinter.PrintAsync(ctx.Out, summary, SubmissionLines.Problems).ConfigureAwait(false);

                await using (var db = options.CreateContext())
                {
                    var holdings = await WarehouseSummary.ReadAsync(db, ct).ConfigureAwait(false);
                    await ctx.Out.WriteLineAsync("the warehouse holds:").ConfigureAwait(false);
                    await SummaryPrinter.PrintAsync(ctx.Out, holdings).ConfigureAwait(false);
                }

                var chain = NightlyChain.Enqueue(jobs);
                string[] steps = [JobIds.RefreshCubes, "export-cubes", "render-dashboards", JobIds.DeliverDueSubscriptions];
                for (var i = 0; i < chain.Count; i++)
                {
                    var result = await ExpectSucceededAsync(storage, chain[i], steps[i], ct).ConfigureAwait(false);
                    await ctx.Out.WriteLineAsync($"{steps[i]}: {result}").ConfigureAwait(false);
                }

                var headlines = await CubeHeadlines.ReadAsync(options, ct).ConfigureAwait(false);
                await WriteWorkbooksAsync(ctx.Out, options, reference, headlines, Path.Combine(demo, "reports"), ct).ConfigureAwait(false);
                await CubeCommand.PrintHeadlinesAsync(ctx.Out, headlines).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"done in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s").ConfigureAwait(false);
                if (!ctx.WarehouseGivenOnCommandLine)
                {
                    var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(demo, "voced-demo.db"));
                    await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"query it: ./voced --connection {(shown.StartsWith("..", StringComparison.Ordinal) ? Path.Combine(demo, "voced-demo.db") : shown)} cube query --cube quality --region 44 --year {Year} (the analyst guide's SQL runs on it too)")).ConfigureAwait(false);
                }

                if (keepServing)
                {
                    var root = urls.Split(';')[0].TrimEnd('/');
                    await ctx.Out.WriteLineAsync($"serving until Ctrl+C: Hangfire dashboard {root}{SchedulerHost.DashboardPath} (this machine only), health {root}{SchedulerHost.HealthPath}").ConfigureAwait(false);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // stop below
                    }
                }

                return summary.Failed > 0 ? 1 : 0;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
                host.Dispose();
            }
        }));
        return command;
    }

    /// <summary>Waits for a job of the demo's run; its result, or an error naming the step that did not succeed.</summary>
    private static async Task<string> ExpectSucceededAsync(JobStorage storage, string jobId, string step, CancellationToken ct)
    {
        var state = await JobWaiter.FinalStateAsync(storage, jobId, TimeSpan.FromHours(2), ct).ConfigureAwait(false);
        using var connection = storage.GetConnection();
        var data = connection.GetStateData(jobId);
        if (state != SucceededState.StateName)
        {
            throw new InvalidOperationException($"{step} (job {jobId}) ended {state}: {data?.Reason}");
        }

        var result = data?.Data is { } d && d.TryGetValue("Result", out var r) ? r : null;
        return result is null ? "done" : System.Text.Json.JsonSerializer.Deserialize<string>(result) ?? "done";
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>
    /// What an official of the nation and of the largest province would receive: both reports for CN and for the
    /// province with the most students in the headline year.
    /// </summary>
    private static async Task WriteWorkbooksAsync(
        TextWriter output, WarehouseOptions options, ReferenceDataSet reference, CubeHeadlines headlines, string directory, CancellationToken ct)
    {
        if (headlines.AcademicYear is not { } year)
        {
            await output.WriteLineAsync("no report workbooks: the cubes hold no year").ConfigureAwait(false);
            return;
        }

        var province = headlines.Regions.Where(r => r.RegionLevel == "province").OrderByDescending(r => r.Students).ThenBy(r => r.RegionCode, StringComparer.Ordinal).FirstOrDefault();
        var renderer = new ReportRenderer(options, reference.PolicyThresholds);
        foreach (var scope in province is null ? new[] { "CN" } : ["CN", province.RegionCode])
        {
            foreach (var definition in ReportCatalog.All)
            {
                var rendered = await renderer.RenderAllAsync(definition, ScopeSelection.Parse(scope), year, directory, null, ct).ConfigureAwait(false);
                foreach (var workbook in rendered.Where(r => r.Path is not null))
                {
                    await output.WriteLineAsync($"wrote the {definition.Id} workbook for {scope}: {workbook.Path}").ConfigureAwait(false);
                }
            }
        }
    }

    private static WarehouseOptions FreshDemoWarehouse(string folder)
    {
        var file = Path.Combine(folder, "voced-demo.db");
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }

        return new WarehouseOptions(WarehouseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    private static string Describe(WarehouseOptions options) =>
        options.Provider == WarehouseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(options.ConnectionString).DataSource
            : "(connection from configuration)";
}
