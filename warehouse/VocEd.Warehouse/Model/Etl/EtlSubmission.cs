namespace VocEd.Warehouse.Model.Etl;

/// <summary>
/// One row per submission received (one file from one submitter): its identity, replacement key
/// (kind, submitter, year), version within that key, claim, status and row balance
/// (rows_read = rows_loaded + rows_rejected). History is never deleted.
/// </summary>
public sealed class EtlSubmission
{
    public long SubmissionId { get; set; }

    /// <summary>school_profile, enrollment, graduate_destination, regional_industry, or unknown for unreadable files.</summary>
    public required string Kind { get; set; }

    /// <summary>School code or region code of the submitter, once known.</summary>
    public string? SubmitterCode { get; set; }

    public int? Year { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public required string FileName { get; set; }

    /// <summary>csv, xlsx, json or jsonl.</summary>
    public string? FileFormat { get; set; }

    /// <summary>utf-8, utf-8-bom, gb18030 (CSV and JSON).</summary>
    public string? Encoding { get; set; }

    public long SizeBytes { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>1 for the first submission of its replacement key, then 2, 3 … in order received.</summary>
    public int Version { get; set; }

    /// <summary>received, claimed, loaded, quarantined, superseded, withdrawn, failed or refused.</summary>
    public required string Status { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>The worker holding the claim while the submission is processed.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public long? LoadRunId { get; set; }

    public int RowsRead { get; set; }

    public int RowsLoaded { get; set; }

    public int RowsRejected { get; set; }

    public int RowsWarned { get; set; }

    public DateTime? LoadedAt { get; set; }

    /// <summary>When the status last changed (loaded, quarantined, superseded, withdrawn).</summary>
    public DateTime StatusChangedAt { get; set; }

    /// <summary>The later submission that replaced this one.</summary>
    public long? SupersededBySubmissionId { get; set; }

    /// <summary>Where the quarantined file is kept (outside the database).</summary>
    public string? QuarantinePath { get; set; }
}
