namespace VocEd.Scheduler.Jobs;

/// <summary>One subscription period due for delivery: the subscription, the scope it covers and the period's label.</summary>
public sealed record DueSubscription(long SubscriptionId, string Scope, string Period);
