using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>render-dashboards</c>: the third step of the nightly chain.</summary>
internal sealed class RenderDashboardsJob(IDashboardRenderer renderer, ILogger<RenderDashboardsJob> logger)
{
    [Queue(JobQueues.Reports)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var summary = await renderer.RenderAsync(ct).ConfigureAwait(false);
        SchedulerLog.JobDone(logger, "render-dashboards", summary);
        return summary;
    }
}
