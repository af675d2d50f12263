namespace VocEd.Reports.Models;

/// <summary>
/// One (school, submission kind) of 数据质量: submitted or missing, late or on time, rows read, loaded and rejected,
/// quarantined files. <see cref="SchoolName"/> is as the school sent it.
/// </summary>
public sealed record SubmissionStatusRow(
    string SchoolCode, string SchoolName, string Kind, string Status, bool? IsLate, long RowsRead, long RowsLoaded, long RowsRejected, int QuarantinedFiles);
