namespace VocEd.Reports.Workbooks;

/// <summary>
/// One column of a table: its Chinese header, what it holds, how to read it from a row, and for a rate or salary
/// statistic the name of its denominator (said in the note when the value is withheld). <see cref="Flag"/> marks a
/// cell to highlight (a missed threshold). <see cref="RowKind"/> lets a row choose its own kind (a KPI table whose
/// rows are different indicators); <see cref="Kind"/> is then only the default.
/// </summary>
internal sealed record Column<T>(
    string Header, CellKind Kind, Func<T, object?> Value, string? Denominator = null, Func<T, bool>? Flag = null, Func<T, CellKind>? RowKind = null, Func<T, string?>? RowDenominator = null);
