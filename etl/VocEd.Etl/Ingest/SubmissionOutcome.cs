using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Ingest;

/// <summary>
/// What one file's ingest came to: its submission (null when skipped before registration), status (loaded,
/// quarantined, skipped = identical content already loaded, duplicate = identical content already quarantined for the
/// same reason — not registered again, the submission named is the earlier one —, busy = claimed by another live
/// worker, failed, refused = not a regular file inside the folders given, never opened), the
/// quarantine or failure reason, the row balance (read = loaded + rejected), rows kept with warnings, rule failures
/// per rule id, and the submission it replaced.
/// </summary>
public sealed record SubmissionOutcome(
    string FileName,
    long? SubmissionId,
    string Kind,
    string? Submitter,
    int? Year,
    string Status,
    string? Reason,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long RowsWarned,
    IReadOnlyDictionary<string, long> ByRule,
    long? ReplacedSubmissionId)
{
    public const string Skipped = "skipped";
    public const string Busy = "busy";
    public const string Duplicate = "duplicate";

    /// <summary>What made a failed load fail (null otherwise): a caller that retries tells a passing fault from a lasting one by it.</summary>
    public Exception? Error { get; init; }

    /// <summary>A path that is not read at all (a FIFO, a device, a link out of the folders given): nothing is registered.</summary>
    public const string Refused = "refused";

    /// <summary>Rule failures counted but not kept as etl_rejected_row rows (over the per-rule limit).</summary>
    public long DetailsDropped { get; init; }

    public static readonly IReadOnlyDictionary<string, long> NoRules = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>A submission as it stands (status, reason, row balance): what a load by id reports when it has nothing left to do.</summary>
    public static SubmissionOutcome Of(EtlSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new(submission.FileName, submission.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, submission.Status, submission.StatusReason,
            submission.RowsRead, submission.RowsLoaded, submission.RowsRejected, submission.RowsWarned, NoRules, null);
    }
}
