using System.Diagnostics;
using System.Text;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;
using VocEd.Etl.Ingest;
using VocEd.Generator;
using VocEd.Scheduler.Composition;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Scheduling;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Tests.Scheduling;

/// <summary>
/// The scheduler on PostgreSQL (warehouse and Hangfire storage in one database): the recurring jobs' registration, and
/// scale-out — two `voced serve --no-web` processes load an inbox of about 200 files, one is killed with SIGKILL midway,
/// the other finishes; every submission is loaded once, in order of receipt, and the cubes equal a one-process ingest's.
/// </summary>
[NonParallelizable]
public sealed class SchedulerPostgresTests
{

    [Test]
    public async Task Recurring_jobs_are_registered_in_schema_hangfire_with_their_crons_in_Asia_Shanghai()
    {
        using var home = new TempDirectory("voced-scheduler-pg");
        var warehouse = await TestWarehouses.PostgresAsync(SchedulerPostgresFixture.Server);
        var host = await SchedulerTesting.StartAsync(SchedulerTesting.Setup(warehouse, home.Path, SchedulerTesting.Fast(home.Path)));
        try
        {
            var jobs = SchedulerTesting.Recurring(host.Services.GetRequiredService<JobStorage>()).ToDictionary(j => j.Id, StringComparer.Ordinal);
            Assert.That(jobs.Keys, Is.EquivalentTo(JobIds.All));
            Assert.That(jobs.Values.Select(j => j.TimeZoneId), Is.All.EqualTo("Asia/Shanghai"));
            Assert.That(jobs[JobIds.RefreshCubes].Cron, Is.EqualTo("30 1 * * *"));
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }

        await using var db = warehouse.CreateContext();
        var tables = await db.Database.SqlQueryRaw<string>("select table_name as \"Value\" from information_schema.tables where table_schema = 'hangfire'").ToListAsync();
        Assert.That(tables, Does.Contain("job").And.Contain("jobqueue"));
    }

    [Test]
    public async Task Two_workers_one_killed_midway_load_every_submission_once_in_order_of_receipt_and_give_the_cubes_of_one_process()
    {
        using var home = new TempDirectory("voced-scale");
        var sample = Path.Combine(home.Path, "sample");
        await new SampleGenerator().RunAsync(
            new GeneratorOptions(GeneratorScale.Tiny, 2024, sample, Years: 3, FaultRate: 0.02, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8),
            null, CancellationToken.None);
        var files = Directory.GetFiles(sample, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).ToList();
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(200));
        var etl = SchedulerTesting.Etl(home.Path); // one key for every process

        // The reference: one process, `voced ingest` and a full refresh.
        var single = await TestWarehouses.PostgresAsync(SchedulerPostgresFixture.Server);
        await SchedulerTesting.MigrateAsync(single, home.Path);
        await using (var services = VocedServices.Build(single, etl, ReferenceDataSet.DefaultDirectory))
        {
            await services.GetRequiredService<IngestRunner>().RunAsync([sample], null, CancellationToken.None);
            await services.GetRequiredService<CubeRefresher>().RefreshAsync(full: true, CancellationToken.None);
        }

        // The workers pool their connections, as a deployment does (the test server's databases are unpooled by default).
        var created = await TestWarehouses.PostgresAsync(SchedulerPostgresFixture.Server);
        var warehouse = new WarehouseOptions(created.Provider, PostgresServer.Pooled(created.ConnectionString));
        await SchedulerTesting.MigrateAsync(warehouse, home.Path);
        var options = SchedulerTesting.Fast(home.Path);
        var pendingAtKill = 0;
        var workers = new[] { StartWorker(home.Path, warehouse, options), StartWorker(home.Path, warehouse, options) };
        try
        {
            var storage = HangfireStorageFactory.Create(warehouse, options);
            await SchedulerTesting.UntilAsync(() => storage.GetMonitoringApi().Servers().Count >= 6, "both workers' servers up");
            foreach (var file in files)
            {
                var target = Path.Combine(options.Inbox, Path.GetRelativePath(sample, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var client = new BackgroundJobClient(storage);
            var scan = client.Enqueue<ScanInboxJob>(j => j.RunAsync(CancellationToken.None));
            Assert.That(await FinalStateAsync(storage, scan, workers), Is.EqualTo(SucceededState.StateName));
            var registered = await CountAsync(warehouse, s => true);
            await SchedulerTesting.UntilAsync(() => CountAsync(warehouse, s => s.Status != SubmissionStatuses.Received).Result >= registered / 3, "a third of the loads done", 120);
            workers[0].Process.Kill(entireProcessTree: true); // SIGKILL, whatever it holds
            await workers[0].Process.WaitForExitAsync();
            pendingAtKill = await CountAsync(warehouse, s => s.Status == SubmissionStatuses.Received || s.Status == SubmissionStatuses.Claimed);
            await JobWaiter.LoadsDoneAsync(storage, warehouse, TimeSpan.FromMinutes(3), CancellationToken.None);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Stop();
                worker.Process.Dispose();
            }
        }

        await using (var services = VocedServices.Build(warehouse, etl, ReferenceDataSet.DefaultDirectory))
        {
            await services.GetRequiredService<CubeRefresher>().RefreshAsync(full: true, CancellationToken.None);
        }

        Assert.That(Directory.EnumerateFiles(options.Inbox, "*", SearchOption.AllDirectories), Is.Empty, "every file received, none lost");
        await using var db = warehouse.CreateContext();
        await using var reference = single.CreateContext();
        var submissions = await db.EtlSubmissions.AsNoTracking().ToListAsync();
        Assert.That(submissions.Select(s => s.Status), Is.All.AnyOf(SubmissionStatuses.Loaded, SubmissionStatuses.Superseded, SubmissionStatuses.Quarantined), workers[1].Output());
        Assert.That(await db.EtlLoadRuns.SumAsync(r => r.SubmissionsLoaded),
            Is.EqualTo(submissions.Count(s => s.Status == SubmissionStatuses.Loaded || (s.Status == SubmissionStatuses.Superseded && s.RowsRead > 0))), "each submission loaded in exactly one run");
        foreach (var key in submissions.GroupBy(s => (s.Kind, s.SubmitterCode, s.Year)).Where(g => g.Any(s => s.Status == SubmissionStatuses.Loaded)))
        {
            Assert.That(key.Single(s => s.Status == SubmissionStatuses.Loaded).Version, Is.EqualTo(key.Max(s => s.Version)), $"{key.Key}: a later version is never replaced by an earlier one");
        }

        Assert.That(submissions.GroupBy(s => (s.Kind, s.SubmitterCode, s.Year)).Any(g => g.Count() > 1), Is.True, "the sample has corrections");
        Assert.That(await RejectionsAsync(db), Is.EqualTo(await RejectionsAsync(reference)), "no file rejected rows the one-process ingest accepted (profiles loaded first)");
        Assert.That(CubeSnapshot.Differences(CubeSnapshot.WithoutReceipts(await CubeSnapshot.ReadAsync(single)), CubeSnapshot.WithoutReceipts(await CubeSnapshot.ReadAsync(warehouse))), Is.Empty);
        Assert.That(pendingAtKill, Is.GreaterThan(0), "the worker was killed midway");
    }

    /// <summary>The job's final state; on a timeout, a failure that shows its history and what the workers printed.</summary>
    private static async Task<string> FinalStateAsync(JobStorage storage, string jobId, Worker[] workers)
    {
        try
        {
            return await SchedulerTesting.FinalStateAsync(storage, jobId, 300);
        }
        catch (TimeoutException e)
        {
            var history = string.Join("\n", storage.GetMonitoringApi().JobDetails(jobId).History.Select(h => $"{h.CreatedAt:O} {h.StateName} {h.Reason}"));
            Assert.Fail($"{e.Message}\n{history}\n--- worker 1\n{workers[0].Output()}\n--- worker 2\n{workers[1].Output()}");
            throw;
        }
    }

    private static async Task<int> CountAsync(WarehouseOptions warehouse, System.Linq.Expressions.Expression<Func<EtlSubmission, bool>> where)
    {
        await using var db = warehouse.CreateContext();
        return await db.EtlSubmissions.CountAsync(where);
    }

    private static async Task<Dictionary<string, int>> RejectionsAsync(WarehouseDbContext db) =>
        (await db.EtlRejectedRows.AsNoTracking()
            .Join(db.EtlSubmissions.Where(s => s.Status == SubmissionStatuses.Loaded), r => r.SubmissionId, s => s.SubmissionId, (r, s) => r.RuleId)
            .ToListAsync())
        .GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Worker StartWorker(string home, WarehouseOptions warehouse, SchedulerOptions options)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "voced.dll"), "serve", "--no-web" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["VOCED_HOME"] = home;
        info.Environment["VOCED_PROVIDER"] = "postgres";
        info.Environment["VOCED_CONNECTION"] = warehouse.ConnectionString;
        info.Environment["VOCED_INBOX"] = options.Inbox;
        info.Environment["Etl__PseudonymKeyFile"] = Path.Combine(home, "secrets", "pseudonym-key.json");
        info.Environment["Etl__QuarantineDirectory"] = Path.Combine(home, "quarantine");
        info.Environment["Scheduler__Store"] = options.Store;
        info.Environment["Scheduler__SettleSeconds"] = "0";
        info.Environment["Scheduler__QueuePollSeconds"] = "0.2";
        info.Environment["Scheduler__SchedulePollingSeconds"] = "1";
        info.Environment["Scheduler__InvisibilityTimeoutSeconds"] = "5";
        info.Environment["Scheduler__DeferSeconds"] = "1";
        info.Environment["Scheduler__RetryDelaySeconds"] = "1";
        foreach (var id in JobIds.All)
        {
            info.Environment["Scheduler__Crons__" + id] = "off"; // the test enqueues what it needs
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start voced serve");
        return new Worker(process);
    }

    /// <summary>A `voced serve --no-web` child process and what it printed.</summary>
    private sealed class Worker
    {
        private readonly StringBuilder _output = new();

        public Worker(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        public void Stop()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.WaitForExit();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
