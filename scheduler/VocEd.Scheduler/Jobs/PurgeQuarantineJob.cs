using System.Globalization;
using Hangfire;
using VocEd.Etl;
using VocEd.Etl.Quarantine;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>purge-quarantine</c>: deletes quarantined files past their retention (<c>Etl:QuarantineRetentionDays</c>).</summary>
internal sealed class PurgeQuarantineJob(EtlOptions etl, TimeProvider time, ILogger<PurgeQuarantineJob> logger)
{
    [Queue(JobQueues.Reports)]
    public Task<string> RunAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var purged = new QuarantineStore(etl.QuarantineDirectory, TimeSpan.FromDays(etl.QuarantineRetentionDays), time).Purge();
        var summary = string.Create(CultureInfo.InvariantCulture, $"{purged} quarantined file(s) past their retention deleted");
        SchedulerLog.JobDone(logger, "purge-quarantine", summary);
        return Task.FromResult(summary);
    }
}
