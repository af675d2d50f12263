namespace VocEd.Reports.Subscriptions;

/// <summary>What `voced subscription add` asks for; checked by <see cref="SubscriptionStore.AddAsync"/>.</summary>
public sealed record SubscriptionRequest(
    string Name,
    IReadOnlyList<string> ReportIds,
    string Scope,
    string Cron,
    string TimeZone,
    bool SendEmail,
    string? DropFolder,
    string Format = "xlsx");
