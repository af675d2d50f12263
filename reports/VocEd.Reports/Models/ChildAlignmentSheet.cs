namespace VocEd.Reports.Models;

/// <summary>The alignment 分地区 sheet: child regions that have demand data, or a one-line note.</summary>
public sealed record ChildAlignmentSheet(IReadOnlyList<ChildAlignmentRow> Rows, string? NoDataNote);
