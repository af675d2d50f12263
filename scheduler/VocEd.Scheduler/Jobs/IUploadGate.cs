namespace VocEd.Scheduler.Jobs;

/// <summary>Decides, before a load, whether an uploaded submission is its uploader's to send.</summary>
internal interface IUploadGate
{
    /// <summary>Null when the submission may load; otherwise it has been refused, and this is the job's result.</summary>
    Task<string?> RefuseAsync(long submissionId, CancellationToken ct);
}
