namespace VocEd.Scheduler.Jobs;

/// <summary>Stands in until subscriptions exist: nothing is ever due.</summary>
internal sealed class NoSubscriptionDelivery : ISubscriptionDelivery
{
    public Task<IReadOnlyList<DueSubscription>> DueAsync(DateTimeOffset now, CancellationToken ct) => Task.FromResult<IReadOnlyList<DueSubscription>>([]);

    public Task<string> DeliverAsync(long subscriptionId, string scope, string period, CancellationToken ct) =>
        Task.FromResult("no subscription delivery registered: nothing delivered");
}
