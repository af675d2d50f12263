namespace VocEd.Warehouse.Model.Etl;

/// <summary>The values of etl_submission.status: where a submission (one file) is in its life.</summary>
public static class SubmissionStatuses
{
    /// <summary>Registered when received (inbox scan or upload), waiting for its load; its version within its key is fixed.</summary>
    public const string Received = "received";

    /// <summary>Claimed by a worker that is loading it now (or died doing so: the claim then goes stale and is taken over).</summary>
    public const string Claimed = "claimed";

    /// <summary>Its facts are in the warehouse.</summary>
    public const string Loaded = "loaded";

    /// <summary>Kept whole outside the database; nothing of it loaded.</summary>
    public const string Quarantined = "quarantined";

    /// <summary>Was loaded; a later submission with the same replacement key replaced its facts.</summary>
    public const string Superseded = "superseded";

    /// <summary>Was loaded; withdrawn on request, its facts removed.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The load failed (an error, a cancellation, or a dead worker's claim taken over); sending it again retries it.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Refused on receipt, never opened: not a regular file (a link, a FIFO, a device) or larger than the size limit;
    /// status_reason says which. Nothing of it is stored.
    /// </summary>
    public const string Refused = "refused";

    /// <summary>Statuses meaning "this content was loaded": the same content again is a no-op.</summary>
    public static readonly IReadOnlyList<string> WasLoaded = [Loaded, Superseded];

    /// <summary>Statuses whose change alters what the facts hold (what a cube refresh takes into account).</summary>
    public static readonly IReadOnlyList<string> ChangeFacts = [Loaded, Superseded, Withdrawn];
}
