namespace VocEd.Etl.Withdraw;

/// <summary>A withdrawn submission: its kind, file, the fact rows removed, and the schools whose versions were rebuilt.</summary>
public sealed record WithdrawalResult(long SubmissionId, string Kind, string FileName, long FactRowsRemoved, IReadOnlyList<string> SchoolsRebuilt);
