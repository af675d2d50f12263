namespace VocEd.Reports.Models;

/// <summary>The 重点产业覆盖 sheet, or a one-line note when no coverage is available.</summary>
public sealed record PriorityCoverageSheet(IReadOnlyList<PriorityCoverageRow> Rows, string? NoDataNote);
