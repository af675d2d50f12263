namespace VocEd.Etl.Load;

/// <summary>A loaded submission whose fact rows are to be deleted: its id, kind, submitter, year and the rows it loaded.</summary>
public sealed record LoadedSubmission(long SubmissionId, string Kind, string? SubmitterCode, int? Year, int RowsLoaded);
