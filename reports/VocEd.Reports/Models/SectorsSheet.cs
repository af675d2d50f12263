namespace VocEd.Reports.Models;

/// <summary>The 三次产业 sheet: sector shares for every supply × demand basis, the first basis charted; or a one-line note.</summary>
public sealed record SectorsSheet(IReadOnlyList<SectorRow> Rows, string? NoDataNote);
