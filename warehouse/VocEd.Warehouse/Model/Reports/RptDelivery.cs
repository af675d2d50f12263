namespace VocEd.Warehouse.Model.Reports;

/// <summary>
/// One row per delivery attempt of one period of a subscription to one region by one channel and recipient: who
/// tried, when, and how it ended. The recipient is an id of the secure store (0 for a file drop and for a region
/// without data), never an address. At most one row of a <see cref="DeliveryKey"/> is in a live or final status
/// (<see cref="DeliveryStatuses.Held"/>, a filtered unique index): inserting it is the claim, so two workers never
/// send the same message, and a delivered key is never sent again.
/// </summary>
public sealed class RptDelivery
{
    public long DeliveryId { get; set; }

    public long SubscriptionId { get; set; }

    /// <summary>The region delivered (CN, a province or a prefecture code).</summary>
    public required string Scope { get; set; }

    /// <summary>The period: the cron occurrence (UTC) this delivery belongs to.</summary>
    public DateTime PeriodAt { get; set; }

    /// <summary>email, file, or none (a region without data).</summary>
    public required string Channel { get; set; }

    /// <summary>The recipient's id in the secure store (rpt_recipient); 0 for a file drop or a region without data.</summary>
    public long RecipientId { get; set; }

    /// <summary>subscription|scope|period|channel|recipient: what is delivered once.</summary>
    public required string DeliveryKey { get; set; }

    /// <summary>1 for the first attempt of the key, then 2, 3 … after retries.</summary>
    public int Attempt { get; set; }

    /// <summary>See <see cref="DeliveryStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The worker holding the attempt (host:pid), for a claim that outlived its worker.</summary>
    public required string ClaimedBy { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>After this a sending attempt whose worker went silent may be taken over.</summary>
    public DateTime LeaseExpiresAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The academic year of the workbooks sent.</summary>
    public int? ReportYear { get; set; }

    /// <summary>The file names delivered, separated by " | ".</summary>
    public string? Files { get; set; }

    /// <summary>The Message-ID of an e-mail (derived from the delivery key).</summary>
    public string? MessageId { get; set; }

    /// <summary>The headline numbers sent (JSON), so the next period can say what changed.</summary>
    public string? Headlines { get; set; }

    /// <summary>Why the attempt failed, with anything shaped like an e-mail address removed.</summary>
    public string? Error { get; set; }
}
