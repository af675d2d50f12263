namespace VocEd.Etl.Validate;

/// <summary>
/// Who sent a file and for which year: the submitter code (school_code, or the normalized region_code) and the
/// year that most of its rows carry. Null when no row carries a well-formed value.
/// </summary>
public sealed record SubmissionIdentity(string? Submitter, int? Year);
