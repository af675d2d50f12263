namespace VocEd.Reports.Delivery;

/// <summary>One region of one subscription period with something left to deliver; <see cref="Period"/> as <see cref="Subscriptions.SubscriptionSchedule.FormatPeriod"/> writes it.</summary>
public sealed record DuePeriod(long SubscriptionId, string Scope, string Period);
