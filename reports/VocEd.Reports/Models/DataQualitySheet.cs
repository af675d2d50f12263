namespace VocEd.Reports.Models;

/// <summary>
/// The 数据质量 sheet: who submitted what and when (schools with a problem first), the totals per kind, or a one-line
/// note when the region has no expected school.
/// </summary>
public sealed record DataQualitySheet(IReadOnlyList<SubmissionStatusRow> Rows, string? NoDataNote)
{
    /// <summary>The totals per submission kind (cube_submission_coverage of the region).</summary>
    public IReadOnlyList<SubmissionCoverageRow> Totals { get; init; } = [];
}
