namespace VocEd.Reports.Models;

/// <summary>The 分地区 sheet: one row per child region or school, or a one-line note when there is nothing to list.</summary>
public sealed record RegionsSheet(string ChildKind, IReadOnlyList<RegionRow> Rows, string? NoDataNote);
