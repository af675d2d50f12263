namespace VocEd.Etl.Extract;

/// <summary>One non-empty worksheet cell: its 0-based column, its text, and whether it was stored as a number.</summary>
internal readonly record struct XlsxCell(int Column, string Text, bool IsNumeric);
