using System.Globalization;
using Hangfire;
using VocEd.Cubes.Refresh;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// <c>refresh-cubes</c> (incremental, the first step of the nightly chain) and <c>refresh-cubes-full</c>: the cube refresh
/// under the warehouse's refresh lock, which <c>voced refresh</c> takes too. A refresh held elsewhere is waited for up to
/// <see cref="SchedulerOptions.RefreshLockWaitSeconds"/>, then this job is deferred.
/// </summary>
internal sealed class RefreshCubesJob(RefreshLock refreshLock, CubeRefresher refresher, SchedulerOptions options, ILogger<RefreshCubesJob> logger)
{
    [Queue(JobQueues.Refresh)]
    public async Task<string> RunAsync(bool full, CancellationToken ct)
    {
        var name = full ? JobIds.RefreshCubesFull : JobIds.RefreshCubes;
        RefreshLease lease;
        try
        {
            lease = await refreshLock.AcquireAsync("job " + name, TimeSpan.FromSeconds(options.RefreshLockWaitSeconds), holder =>
            {
                var described = RefreshLock.Describe(holder);
                SchedulerLog.WaitingForRefresh(logger, name, described);
                return Task.CompletedTask;
            }, ct).ConfigureAwait(false);
        }
        catch (RefreshLockedException locked)
        {
            throw new JobDeferredException(locked.Message, locked);
        }

        await using (lease.ConfigureAwait(false))
        {
            var report = await refresher.RefreshAsync(full, ct).ConfigureAwait(false);
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{report.Mode} refresh #{report.RefreshLogId}: {report.SubmissionsSeen} submission(s) seen, {report.RowsWritten} row(s) written");
            SchedulerLog.JobDone(logger, name, summary);
            return summary;
        }
    }
}
