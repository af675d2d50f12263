namespace VocEd.Etl.Claims;

/// <summary>
/// A received file: its submission (the new one when <see cref="Outcome"/> is registered or refused, otherwise the
/// earlier one with the same content), kind, submitter, year and version within its replacement key; for a refusal,
/// its reason.
/// </summary>
public sealed record Receipt(ReceiptOutcome Outcome, long SubmissionId, string Kind, string? SubmitterCode, int? Year, int Version, string FileName)
{
    /// <summary>Why the file was refused (etl_submission.status_reason); null otherwise.</summary>
    public string? Reason { get; init; }
}
