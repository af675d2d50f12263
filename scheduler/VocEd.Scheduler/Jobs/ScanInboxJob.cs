using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>scan-inbox</c>: registers the inbox's new files and enqueues their loads (<see cref="InboxScanner"/>).</summary>
internal sealed class ScanInboxJob(InboxScanner scanner)
{
    [Queue(JobQueues.Ingest)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var scan = await scanner.ScanAsync(ct).ConfigureAwait(false);
        return scan.ToString();
    }
}
