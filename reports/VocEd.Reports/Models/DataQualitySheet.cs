namespace VocEd.Reports.Models;

/// <summary>The 数据质量 sheet: who submitted what and when, or a one-line note when nothing is available.</summary>
public sealed record DataQualitySheet(IReadOnlyList<SubmissionStatusRow> Rows, string? NoDataNote);
