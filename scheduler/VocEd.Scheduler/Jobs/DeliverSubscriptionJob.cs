using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>deliver-subscription(id, scope, period)</c>: one period of one subscription; passing faults are retried (<see cref="JobFaults"/>).</summary>
internal sealed class DeliverSubscriptionJob(ISubscriptionDelivery delivery, ILogger<DeliverSubscriptionJob> logger)
{
    [Queue(JobQueues.Reports)]
    public async Task<string> RunAsync(long subscriptionId, string scope, string period, CancellationToken ct)
    {
        var summary = await delivery.DeliverAsync(subscriptionId, scope, period, ct).ConfigureAwait(false);
        SchedulerLog.JobDone(logger, "deliver-subscription", summary);
        return summary;
    }
}
