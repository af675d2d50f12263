using Hangfire;
using Hangfire.States;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// The nightly chain as Hangfire continuations: refresh-cubes → export-cubes → render-dashboards →
/// deliver-due-subscriptions, each enqueued only once the one before has succeeded (Hangfire's free edition has no
/// batches). A step left failed after its retries ends that night's chain; its successors keep waiting on it (a retry
/// from the dashboard resumes them), and the next night starts a chain of its own.
/// </summary>
internal static class NightlyChain
{
    /// <summary>Enqueues one chain; returns its job ids in order.</summary>
    public static IReadOnlyList<string> Enqueue(IBackgroundJobClient jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var refresh = jobs.Enqueue<RefreshCubesJob>(j => j.RunAsync(false, CancellationToken.None));
        var export = jobs.ContinueJobWith<ExportCubesJob>(refresh, j => j.RunAsync(CancellationToken.None), new EnqueuedState(JobQueues.Reports), JobContinuationOptions.OnlyOnSucceededState);
        var render = jobs.ContinueJobWith<RenderDashboardsJob>(export, j => j.RunAsync(CancellationToken.None), new EnqueuedState(JobQueues.Reports), JobContinuationOptions.OnlyOnSucceededState);
        var deliver = jobs.ContinueJobWith<DeliverDueSubscriptionsJob>(render, j => j.RunAsync(CancellationToken.None), new EnqueuedState(JobQueues.Reports), JobContinuationOptions.OnlyOnSucceededState);
        return [refresh, export, render, deliver];
    }
}
