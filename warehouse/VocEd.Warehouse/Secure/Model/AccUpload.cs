namespace VocEd.Warehouse.Secure.Model;

/// <summary>
/// Who uploaded a submission through the web host (by account name), the SHA-256 and size of what arrived, and when.
/// A submission that came through the inbox has no row here.
/// </summary>
public sealed class AccUpload
{
    /// <summary>The submission's id in the warehouse (etl_submission).</summary>
    public long SubmissionId { get; set; }

    public required string Account { get; set; }

    public required string ContentSha256 { get; set; }

    public long SizeBytes { get; set; }

    public DateTime UploadedAt { get; set; }
}
