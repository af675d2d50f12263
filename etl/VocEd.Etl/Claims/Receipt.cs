namespace VocEd.Etl.Claims;

/// <summary>
/// A received file: its submission (the new one when <see cref="Outcome"/> is registered, otherwise the earlier one
/// with the same content), kind, submitter, year and version within its replacement key.
/// </summary>
public sealed record Receipt(ReceiptOutcome Outcome, long SubmissionId, string Kind, string? SubmitterCode, int? Year, int Version, string FileName);
