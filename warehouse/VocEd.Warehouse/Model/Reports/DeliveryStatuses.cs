namespace VocEd.Warehouse.Model.Reports;

/// <summary>The values of rpt_delivery.status.</summary>
public static class DeliveryStatuses
{
    /// <summary>A worker holds the key and is sending now (or died doing so: after its lease the key is taken over).</summary>
    public const string Sending = "sending";

    /// <summary>Sent (accepted by the mail server, or the file renamed into place): never sent again.</summary>
    public const string Delivered = "delivered";

    /// <summary>A passing fault (mail server down): the next attempt of the key retries it.</summary>
    public const string Retry = "retry";

    /// <summary>A permanent fault (the server refused the address): recorded, not retried.</summary>
    public const string Failed = "failed";

    /// <summary>The region has no data for any report of the subscription: nothing to send, not an error.</summary>
    public const string NoData = "no_data";

    /// <summary>A sending attempt whose worker's lease ran out; the key was taken over by a later attempt.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>The statuses that hold a key: at most one row per key has one of them.</summary>
    public static readonly IReadOnlyList<string> Held = [Sending, Delivered, Failed, NoData];

    /// <summary>The statuses that end a key: nothing more is attempted.</summary>
    public static readonly IReadOnlyList<string> Final = [Delivered, Failed, NoData];
}
