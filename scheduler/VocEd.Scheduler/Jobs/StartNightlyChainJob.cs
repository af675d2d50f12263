using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary>What the recurring job <c>refresh-cubes</c> runs: it enqueues that night's <see cref="NightlyChain"/>.</summary>
internal sealed class StartNightlyChainJob(IBackgroundJobClient jobs, ILogger<StartNightlyChainJob> logger)
{
    [Queue(JobQueues.Refresh)]
    public Task<string> RunAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var ids = NightlyChain.Enqueue(jobs);
        var summary = "chain enqueued: jobs " + string.Join(" → ", ids);
        SchedulerLog.JobDone(logger, JobIds.RefreshCubes, summary);
        return Task.FromResult(summary);
    }
}
