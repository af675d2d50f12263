using Microsoft.Extensions.Logging;

namespace VocEd.Reports.Delivery;

/// <summary>The delivery's log lines: ids, regions, channels and counts only — never an address, a name or a password.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "subscription {SubscriptionId} period {Period} region {Scope}: {Channel} delivered (recipient {RecipientId}, attempt {Attempt})")]
    public static partial void Delivered(ILogger logger, long subscriptionId, string period, string scope, string channel, long recipientId, int attempt);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Warning, Message = "subscription {SubscriptionId} period {Period} region {Scope}: {Channel} to recipient {RecipientId} failed for good: {Error}")]
    public static partial void Failed(ILogger logger, long subscriptionId, string period, string scope, string channel, long recipientId, string error);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Warning, Message = "subscription {SubscriptionId} period {Period} region {Scope}: {Channel} to recipient {RecipientId} will be retried: {Error}")]
    public static partial void Retry(ILogger logger, long subscriptionId, string period, string scope, string channel, long recipientId, string error);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "subscription {SubscriptionId} period {Period} region {Scope}: no data, nothing sent")]
    public static partial void NoData(ILogger logger, long subscriptionId, string period, string scope);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Information, Message = "subscription {SubscriptionId} period {Period}: {Summary}")]
    public static partial void Finished(ILogger logger, long subscriptionId, string period, string summary);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Warning, Message = "subscription {SubscriptionId}: cannot read its schedule: {Error}")]
    public static partial void BadSchedule(ILogger logger, long subscriptionId, string error);
}
