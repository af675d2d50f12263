namespace VocEd.Reports.Models;

/// <summary>The 行业结构 sheet: the sections of every supply × demand basis, the first basis charted; or a one-line note.</summary>
public sealed record SectionsSheet(IReadOnlyList<SectionRow> Rows, string? NoDataNote);
