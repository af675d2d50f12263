namespace VocEd.Reports.Models;

/// <summary>The 毕业生适配 sheet for graduates of <see cref="GraduationYear"/>, or a one-line note.</summary>
public sealed record GraduateFitSheet(int GraduationYear, IReadOnlyList<GraduateFitRow> Rows, string? NoDataNote);
