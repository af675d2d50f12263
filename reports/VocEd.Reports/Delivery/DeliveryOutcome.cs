using System.Globalization;

namespace VocEd.Reports.Delivery;

/// <summary>What one run of a delivery did, summed over its regions.</summary>
public sealed record DeliveryOutcome
{
    public int Regions { get; init; }

    public int Delivered { get; init; }

    public int AlreadyDone { get; init; }

    public int Busy { get; init; }

    public int Failed { get; init; }

    public int Retry { get; init; }

    public int NoData { get; init; }

    public int NoRecipients { get; init; }

    public static DeliveryOutcome operator +(DeliveryOutcome a, DeliveryOutcome b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new DeliveryOutcome
        {
            Regions = a.Regions + b.Regions,
            Delivered = a.Delivered + b.Delivered,
            AlreadyDone = a.AlreadyDone + b.AlreadyDone,
            Busy = a.Busy + b.Busy,
            Failed = a.Failed + b.Failed,
            Retry = a.Retry + b.Retry,
            NoData = a.NoData + b.NoData,
            NoRecipients = a.NoRecipients + b.NoRecipients,
        };
    }

    public static DeliveryOutcome Add(DeliveryOutcome a, DeliveryOutcome b) => a + b;

    /// <summary>One line: counts only.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Regions} region(s): {Delivered} delivered, {AlreadyDone} already delivered, {Busy} held by another worker, {Failed} failed for good, {Retry} to retry, {NoData} without data, {NoRecipients} without recipients");
}
