namespace VocEd.Reports.Models;

/// <summary>
/// The totals of one submission kind over the schools of 数据质量 (cube_submission_coverage of the region): schools
/// expected, submitted on time or late, missing, pending, quarantined; rows read, loaded and rejected; and the
/// quarantined files of the listed schools.
/// </summary>
public sealed record SubmissionCoverageRow(
    string Kind, long Expected, long Submitted, long OnTime, long Late, long Missing, long Pending, long Quarantined,
    long RowsRead, long RowsLoaded, long RowsRejected, Figure RejectionRate, long QuarantinedFiles);
