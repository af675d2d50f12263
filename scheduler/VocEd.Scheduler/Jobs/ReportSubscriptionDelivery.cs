using VocEd.Reports.Delivery;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// The subscriptions' delivery behind the jobs: <see cref="SubscriptionDelivery"/>, which claims every (subscription,
/// region, period, channel, recipient) in the warehouse before it sends, so a period is delivered once however often
/// its job runs. A passing fault left something to retry and comes out as a <see cref="DeliveryTransientException"/>
/// (an <see cref="IOException"/>): the job is retried with backoff and skips what was delivered.
/// </summary>
internal sealed class ReportSubscriptionDelivery(SubscriptionDelivery delivery) : ISubscriptionDelivery
{
    public async Task<IReadOnlyList<DueSubscription>> DueAsync(DateTimeOffset now, CancellationToken ct) =>
        (await delivery.DueAsync(now, ct).ConfigureAwait(false)).Select(d => new DueSubscription(d.SubscriptionId, d.Scope, d.Period)).ToList();

    public async Task<string> DeliverAsync(long subscriptionId, string scope, string period, CancellationToken ct) =>
        (await delivery.DeliverAsync(subscriptionId, scope, period, ct).ConfigureAwait(false)).Summary;
}
