using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VocEd.Etl;
using VocEd.Etl.Pseudonymize;
using VocEd.Scheduler.Composition;
using VocEd.Scheduler.Scheduling;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Tests.Scheduling;

/// <summary>Real Hangfire servers for tests: fast polling, short delays and leases, folders in a temporary home.</summary>
internal static class SchedulerTesting
{
    /// <summary>The ETL's folders in <paramref name="home"/>, with one pseudonym key there for every host and process of the test.</summary>
    public static EtlOptions Etl(string home)
    {
        var key = Path.Combine(home, "secrets", "pseudonym-key.json");
        if (!File.Exists(key))
        {
            PseudonymKey.Init(key);
        }

        return new()
        {
            PseudonymKeyFile = key,
            QuarantineDirectory = Path.Combine(home, "quarantine"),
            StoreDirectory = Path.Combine(home, "store"),
        };
    }

    public static SchedulerOptions Fast(string home, string? storage = null) => new()
    {
        Inbox = Path.Combine(home, "inbox"),
        Store = Path.Combine(home, "store"),
        Exports = Path.Combine(home, "exports"),
        SettleSeconds = 0,
        SchedulePollingSeconds = 1,
        QueuePollSeconds = 0.2,
        InvisibilityTimeoutSeconds = 5,
        RetryDelaySeconds = 1,
        DeferSeconds = 1,
        RefreshLockWaitSeconds = 5,
        StorageConnection = storage,
    };

    public static SchedulerSetup Setup(WarehouseOptions warehouse, string home, SchedulerOptions options) =>
        new(warehouse, Etl(home), options, ReferenceDataSet.DefaultDirectory);

    public static async Task MigrateAsync(WarehouseOptions warehouse, string home)
    {
        await using var services = VocedServices.Build(warehouse, Etl(home), ReferenceDataSet.DefaultDirectory);
        await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public static async Task<IHost> StartAsync(SchedulerSetup setup, Action<IServiceCollection>? extra = null)
    {
        var host = SchedulerHost.BuildWorker(setup, LogLevel.Warning, extra);
        await host.StartAsync();
        return host;
    }

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }

    public static string? State(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }

    public static async Task<string> FinalStateAsync(JobStorage storage, string jobId, int seconds = 60) =>
        await JobWaiter.FinalStateAsync(storage, jobId, TimeSpan.FromSeconds(seconds), CancellationToken.None);

    public static async Task UntilAsync(Func<bool> condition, string what, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"not within {seconds} s: {what}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>When each state of a job was entered, oldest first.</summary>
    public static List<(string State, DateTime At)> History(JobStorage storage, string jobId) =>
        [.. storage.GetMonitoringApi().JobDetails(jobId).History.Select(h => (h.StateName, h.CreatedAt)).OrderBy(h => h.CreatedAt)];

    /// <summary>Every job id of the storage's job lists, with its job's type name.</summary>
    public static List<(string Id, string? Type)> AllJobs(JobStorage storage)
    {
        var api = storage.GetMonitoringApi();
        var jobs = new List<(string, string?)>();
        jobs.AddRange(api.SucceededJobs(0, 10_000).Select(j => (j.Key, j.Value.Job?.Type.Name)));
        jobs.AddRange(api.FailedJobs(0, 10_000).Select(j => (j.Key, j.Value.Job?.Type.Name)));
        jobs.AddRange(api.ProcessingJobs(0, 10_000).Select(j => (j.Key, j.Value.Job?.Type.Name)));
        jobs.AddRange(api.ScheduledJobs(0, 10_000).Select(j => (j.Key, j.Value.Job?.Type.Name)));
        foreach (var queue in api.Queues())
        {
            jobs.AddRange(api.EnqueuedJobs(queue.Name, 0, 10_000).Select(j => (j.Key, j.Value.Job?.Type.Name)));
        }

        return jobs;
    }

    public static List<RecurringJobDto> Recurring(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs();
    }
}
