using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VocEd.Generator;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Scheduling;
using VocEd.Testing;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Tests.Scheduling;

/// <summary>
/// The scheduler on the embedded default, with Hangfire's real servers on its SQLite storage: the recurring jobs'
/// registration, the nightly chain and its failures, retries, a missed night, and a restart in the middle of a chain.
/// </summary>
[NonParallelizable]
public sealed class SchedulerSqliteTests
{
    private TempDirectory _home = null!;
    private WarehouseOptions _warehouse = null!;
    private int _storages;

    [OneTimeSetUp]
    public async Task MigrateAsync()
    {
        _home = new TempDirectory("voced-scheduler");
        _warehouse = TestWarehouses.Sqlite(_home, "voced.db");
        await SchedulerTesting.MigrateAsync(_warehouse, _home.Path);
    }

    [OneTimeTearDown]
    public void CleanUp() => _home.Dispose();

    [Test]
    public async Task Recurring_jobs_are_registered_with_their_crons_in_Asia_Shanghai()
    {
        var setup = Setup();
        var host = await SchedulerTesting.StartAsync(setup);
        try
        {
            var jobs = SchedulerTesting.Recurring(host.Services.GetRequiredService<JobStorage>()).ToDictionary(j => j.Id, StringComparer.Ordinal);
            Assert.That(jobs.Keys, Is.EquivalentTo(JobIds.All));
            foreach (var (id, cron) in SchedulerOptions.DefaultCrons)
            {
                Assert.That((jobs[id].Cron, jobs[id].TimeZoneId), Is.EqualTo((cron, "Asia/Shanghai")), id);
            }

            Assert.That(jobs[JobIds.RefreshCubes].Cron, Is.EqualTo("30 1 * * *"));
            Assert.That(jobs[JobIds.RefreshCubes].Job.Type, Is.EqualTo(typeof(StartNightlyChainJob)));
            Assert.That(jobs[JobIds.RefreshCubesFull].Job.Args[0], Is.EqualTo(true), "refresh-cubes-full runs a full refresh");
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    [Test]
    public async Task A_switched_off_job_is_removed_and_a_configured_cron_and_time_zone_are_used()
    {
        var options = SchedulerTesting.Fast(_home.Path, NewStorage());
        options.TimeZone = "Europe/Berlin";
        options.Crons[JobIds.PurgeQuarantine] = "off";
        options.Crons[JobIds.ScanInbox] = "*/10 * * * *";
        var host = await SchedulerTesting.StartAsync(SchedulerTesting.Setup(_warehouse, _home.Path, options));
        try
        {
            var jobs = SchedulerTesting.Recurring(host.Services.GetRequiredService<JobStorage>()).ToDictionary(j => j.Id, StringComparer.Ordinal);
            Assert.That(jobs.Keys, Does.Not.Contain(JobIds.PurgeQuarantine));
            Assert.That((jobs[JobIds.ScanInbox].Cron, jobs[JobIds.ScanInbox].TimeZoneId), Is.EqualTo(("*/10 * * * *", "Europe/Berlin")));
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    [Test]
    public async Task The_nightly_chain_runs_in_order_and_a_failed_step_ends_only_that_nights_chain()
    {
        FailingOnceRenderer.Calls = 0;
        var host = await SchedulerTesting.StartAsync(Setup(), s => s.Replace(ServiceDescriptor.Transient<IDashboardRenderer, FailingOnceRenderer>()));
        try
        {
            var storage = host.Services.GetRequiredService<JobStorage>();
            var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();

            var first = NightlyChain.Enqueue(jobs);
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, first[0]), Is.EqualTo(SucceededState.StateName), "refresh");
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, first[1]), Is.EqualTo(SucceededState.StateName), "export");
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, first[2]), Is.EqualTo(FailedState.StateName), "render-dashboards fails for good");
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.That(SchedulerTesting.State(storage, first[3]), Is.EqualTo(AwaitingState.StateName), "the failed step's successor does not run");
            Assert.That(FailingOnceRenderer.Calls, Is.EqualTo(1), "a permanent fault is not retried");

            var next = NightlyChain.Enqueue(jobs);
            foreach (var id in next)
            {
                Assert.That(await SchedulerTesting.FinalStateAsync(storage, id), Is.EqualTo(SucceededState.StateName), "next night's chain");
            }

            for (var i = 1; i < next.Count; i++)
            {
                var before = SchedulerTesting.History(storage, next[i - 1]).Last(h => h.State == SucceededState.StateName).At;
                var started = SchedulerTesting.History(storage, next[i]).First(h => h.State == ProcessingState.StateName).At;
                Assert.That(started, Is.GreaterThanOrEqualTo(before), $"step {i} started before step {i - 1} succeeded");
            }
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    [Test]
    public async Task A_transient_fault_is_retried_and_a_permanent_one_is_not()
    {
        FlakyTestJob.Attempts = 0;
        BrokenTestJob.Attempts = 0;
        var host = await SchedulerTesting.StartAsync(Setup());
        try
        {
            var storage = host.Services.GetRequiredService<JobStorage>();
            var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();
            var flaky = jobs.Create<FlakyTestJob>(j => j.RunAsync(CancellationToken.None), new EnqueuedState(JobQueues.Reports));
            var broken = jobs.Create<BrokenTestJob>(j => j.RunAsync(CancellationToken.None), new EnqueuedState(JobQueues.Reports));

            Assert.That(await SchedulerTesting.FinalStateAsync(storage, flaky), Is.EqualTo(SucceededState.StateName));
            Assert.That(FlakyTestJob.Attempts, Is.EqualTo(3), "two transient faults, two retries");
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, broken), Is.EqualTo(FailedState.StateName));
            await Task.Delay(TimeSpan.FromSeconds(3)); // longer than a retry's delay here
            Assert.That((BrokenTestJob.Attempts, SchedulerTesting.State(storage, broken)), Is.EqualTo((1, FailedState.StateName)), "a permanent fault is not retried");
            using var connection = storage.GetConnection();
            Assert.That(connection.GetJobParameter(flaky, TransientRetryFilter.RetryCountParameter), Is.EqualTo("2"));
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    [Test]
    public async Task A_missed_night_runs_once_when_the_host_comes_back()
    {
        var options = SchedulerTesting.Fast(_home.Path, NewStorage());
        var storage = HangfireStorageFactory.Create(_warehouse, options);
        RecurringJobs.Register(new RecurringJobManager(storage), options);
        using (var connection = storage.GetConnection())
        {
            // As if the host had been down for three days: every occurrence since then was missed.
            // Hangfire counts occurrences from the last execution and finds due jobs by their score in "recurring-jobs".
            var threeDaysAgo = DateTime.UtcNow.AddDays(-3);
            var serialized = JobHelper.SerializeDateTime(threeDaysAgo);
            using var transaction = connection.CreateWriteTransaction();
            foreach (var id in new[] { JobIds.RefreshCubes, JobIds.ScanInbox })
            {
                transaction.SetRangeInHash("recurring-job:" + id, [
                    new KeyValuePair<string, string>("LastExecution", serialized),
                    new KeyValuePair<string, string>("NextExecution", serialized)]);
                transaction.AddToSet("recurring-jobs", id, new DateTimeOffset(threeDaysAgo).ToUnixTimeSeconds());
            }

            transaction.Commit();
        }

        var host = await SchedulerTesting.StartAsync(SchedulerTesting.Setup(_warehouse, _home.Path, options), s =>
            s.Remove(s.Single(d => d.ImplementationType == typeof(RecurringJobRegistrar))));
        try
        {
            var served = host.Services.GetRequiredService<JobStorage>();
            await SchedulerTesting.UntilAsync(() => SchedulerTesting.AllJobs(served).Any(j => j.Type == nameof(StartNightlyChainJob)), "the missed night's chain");
            await Task.Delay(TimeSpan.FromSeconds(4)); // several polls of the recurring scheduler
            var jobs = SchedulerTesting.AllJobs(served);
            Assert.That(jobs.Count(j => j.Type == nameof(StartNightlyChainJob)), Is.EqualTo(1), "three missed nights run once");
            Assert.That(jobs.Count(j => j.Type == nameof(ScanInboxJob)), Is.EqualTo(1), "three days of missed scans run once");
            var next = SchedulerTesting.Recurring(served).Single(j => j.Id == JobIds.RefreshCubes).NextExecution;
            Assert.That(next, Is.GreaterThan(DateTime.UtcNow), "the next night is scheduled as usual");
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    [Test]
    public async Task A_host_stopped_mid_chain_and_started_again_completes_the_chain_keeps_history_and_loads_nothing_twice()
    {
        var options = SchedulerTesting.Fast(_home.Path, NewStorage());
        options.Inbox = Path.Combine(_home.Path, "restart-inbox");
        var sample = Path.Combine(_home.Path, "restart-sample");
        await new SampleGenerator().RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, sample, Years: 1, FaultRate: 0.02), null, CancellationToken.None);
        var files = Directory.GetFiles(sample, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("32", StringComparison.Ordinal) || f.Contains("regional", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            var target = Path.Combine(options.Inbox, Path.GetRelativePath(sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        EndlessRenderer.Started = false;
        var setup = SchedulerTesting.Setup(_warehouse, _home.Path, options);
        var first = await SchedulerTesting.StartAsync(setup, s => s.Replace(ServiceDescriptor.Transient<IDashboardRenderer, EndlessRenderer>()));
        string scan;
        IReadOnlyList<string> chain;
        try
        {
            var storage = first.Services.GetRequiredService<JobStorage>();
            var jobs = first.Services.GetRequiredService<IBackgroundJobClient>();
            scan = jobs.Enqueue<ScanInboxJob>(j => j.RunAsync(CancellationToken.None));
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, scan), Is.EqualTo(SucceededState.StateName));
            await JobWaiter.LoadsDoneAsync(storage, _warehouse, TimeSpan.FromMinutes(2), CancellationToken.None);
            chain = NightlyChain.Enqueue(jobs);
            await SchedulerTesting.UntilAsync(() => EndlessRenderer.Started, "render-dashboards running");
            Assert.That(SchedulerTesting.State(storage, chain[2]), Is.EqualTo(ProcessingState.StateName));
        }
        finally
        {
            await SchedulerTesting.StopAsync(first);
        }

        var second = await SchedulerTesting.StartAsync(setup);
        try
        {
            var storage = second.Services.GetRequiredService<JobStorage>();
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, chain[3]), Is.EqualTo(SucceededState.StateName), "the chain completes after the restart");
            Assert.That(chain.Select(id => SchedulerTesting.State(storage, id)), Is.All.EqualTo(SucceededState.StateName));
            Assert.That(SchedulerTesting.State(storage, scan), Is.EqualTo(SucceededState.StateName), "the first host's history is kept");
        }
        finally
        {
            await SchedulerTesting.StopAsync(second);
        }

        await using var db = _warehouse.CreateContext();
        var submissions = await db.EtlSubmissions.AsNoTracking().ToListAsync();
        Assert.That(submissions, Is.Not.Empty.And.Count.LessThanOrEqualTo(files.Count), "one submission per file (a file identical to a loaded one is not registered)");
        Assert.That(submissions.Select(s => s.Status), Is.All.AnyOf(SubmissionStatuses.Loaded, SubmissionStatuses.Superseded, SubmissionStatuses.Quarantined));
        var loadedRuns = await db.EtlLoadRuns.SumAsync(r => r.SubmissionsLoaded);
        Assert.That(loadedRuns, Is.EqualTo(submissions.Count(s => s.Status == SubmissionStatuses.Loaded || (s.Status == SubmissionStatuses.Superseded && s.RowsRead > 0))), "each submission loaded in exactly one run");
        Assert.That(Directory.EnumerateFiles(options.Inbox, "*", SearchOption.AllDirectories), Is.Empty, "every file received");
    }

    private SchedulerSetup Setup() => SchedulerTesting.Setup(_warehouse, _home.Path, SchedulerTesting.Fast(_home.Path, NewStorage()));

    private string NewStorage() => _home.File($"hangfire-{Interlocked.Increment(ref _storages)}.db");
}
