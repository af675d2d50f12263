using Hangfire;
using VocEd.Scheduler.Jobs;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Registers every recurring job under its stable id with its cron in the configured time zone; a job switched off
/// (empty cron or <c>off</c>) is removed. A missed occurrence (host down at that time) runs once when a server comes
/// back, however many were missed (misfire handling relaxed). Idempotent: every process may call it at its start.
/// </summary>
internal static class RecurringJobs
{
    /// <summary>Returns how many jobs are registered and how many were switched off.</summary>
    public static (int Registered, int Removed) Register(IRecurringJobManager manager, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(options);
        var job = new RecurringJobOptions { TimeZone = options.Zone(), MisfireHandling = MisfireHandlingMode.Relaxed };
        int registered = 0, removed = 0;
        foreach (var id in JobIds.All)
        {
            if (options.Cron(id) is not { } cron)
            {
                manager.RemoveIfExists(id);
                removed++;
                continue;
            }

            switch (id)
            {
                case JobIds.ScanInbox:
                    manager.AddOrUpdate<ScanInboxJob>(id, JobQueues.Ingest, j => j.RunAsync(CancellationToken.None), cron, job);
                    break;
                case JobIds.RefreshCubes:
                    manager.AddOrUpdate<StartNightlyChainJob>(id, JobQueues.Refresh, j => j.RunAsync(CancellationToken.None), cron, job);
                    break;
                case JobIds.RefreshCubesFull:
                    manager.AddOrUpdate<RefreshCubesJob>(id, JobQueues.Refresh, j => j.RunAsync(true, CancellationToken.None), cron, job);
                    break;
                case JobIds.DeliverDueSubscriptions:
                    manager.AddOrUpdate<DeliverDueSubscriptionsJob>(id, JobQueues.Reports, j => j.RunAsync(CancellationToken.None), cron, job);
                    break;
                case JobIds.FlagLateSubmissions:
                    manager.AddOrUpdate<FlagLateSubmissionsJob>(id, JobQueues.Reports, j => j.RunAsync(CancellationToken.None), cron, job);
                    break;
                case JobIds.PurgeQuarantine:
                    manager.AddOrUpdate<PurgeQuarantineJob>(id, JobQueues.Reports, j => j.RunAsync(CancellationToken.None), cron, job);
                    break;
                default:
                    throw new InvalidOperationException($"no job for recurring id {id}");
            }

            registered++;
        }

        return (registered, removed);
    }
}
