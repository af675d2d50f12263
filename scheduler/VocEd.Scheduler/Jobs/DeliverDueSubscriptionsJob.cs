using System.Globalization;
using Hangfire;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>deliver-due-subscriptions</c>: the last step of the nightly chain, and hourly: one <c>deliver-subscription</c> job per period due.</summary>
internal sealed class DeliverDueSubscriptionsJob(ISubscriptionDelivery delivery, IBackgroundJobClient jobs, TimeProvider time, ILogger<DeliverDueSubscriptionsJob> logger)
{
    [Queue(JobQueues.Reports)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var due = await delivery.DueAsync(time.GetUtcNow(), ct).ConfigureAwait(false);
        foreach (var d in due)
        {
            jobs.Enqueue<DeliverSubscriptionJob>(j => j.RunAsync(d.SubscriptionId, d.Scope, d.Period, CancellationToken.None));
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{due.Count} subscription period(s) due, delivery enqueued");
        SchedulerLog.JobDone(logger, "deliver-due-subscriptions", summary);
        return summary;
    }
}
