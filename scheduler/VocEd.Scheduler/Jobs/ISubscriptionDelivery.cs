namespace VocEd.Scheduler.Jobs;

/// <summary>
/// Report subscriptions: which are due, and the delivery of one period of one (steps <c>deliver-due-subscriptions</c>
/// and <c>deliver-subscription</c>). Plugs in with one registration: <c>services.AddTransient&lt;ISubscriptionDelivery,
/// TheDelivery&gt;()</c>; <see cref="ReportSubscriptionDelivery"/> is the subscriptions' own. A delivery that meets a passing fault
/// (mail server down) throws an <see cref="IOException"/>, a socket error or a <see cref="TimeoutException"/> and is
/// retried; any other exception fails it for good. Delivering a period that was delivered already must do nothing.
/// </summary>
public interface ISubscriptionDelivery
{
    Task<IReadOnlyList<DueSubscription>> DueAsync(DateTimeOffset now, CancellationToken ct);

    Task<string> DeliverAsync(long subscriptionId, string scope, string period, CancellationToken ct);
}
