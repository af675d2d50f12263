using System.Globalization;

namespace VocEd.Reports.Delivery;

/// <summary>
/// What is delivered once: (subscription, region, period, channel, recipient). Its text is rpt_delivery.delivery_key,
/// and the e-mail's Message-ID is made from it, so a retry of the same message carries the same Message-ID and a mail
/// system that sees it twice can tell. Holds ids only, never an address.
/// </summary>
public sealed record DeliveryKey(long SubscriptionId, string Scope, DateTime PeriodUtc, string Channel, long RecipientId)
{
    private string Period => PeriodUtc.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);

    public string Text => string.Create(CultureInfo.InvariantCulture, $"{SubscriptionId}|{Scope}|{Period}|{Channel}|{RecipientId}");

    /// <summary>The Message-ID (without angle brackets): <c>voced.7.44.20261207T2300Z.email.12@domain</c>.</summary>
    public string MessageId(string domain) => string.Create(CultureInfo.InvariantCulture, $"voced.{SubscriptionId}.{Scope}.{Period}.{Channel}.{RecipientId}@{domain}");

    public override string ToString() => Text;
}
