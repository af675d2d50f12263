using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>flag-late-submissions</c>: marks submitters past their deadline.</summary>
internal sealed class FlagLateSubmissionsJob(ILateSubmissionFlagger flagger, TimeProvider time, ILogger<FlagLateSubmissionsJob> logger)
{
    [Queue(JobQueues.Reports)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var summary = await flagger.FlagAsync(time.GetUtcNow(), ct).ConfigureAwait(false);
        SchedulerLog.JobDone(logger, "flag-late-submissions", summary);
        return summary;
    }
}
