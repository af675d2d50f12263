using System.Globalization;

namespace VocEd.Warehouse.Text;

/// <summary>
/// Keeps text that came from a submission (a school name, a designation) from ever running as a formula in Excel,
/// WPS or LibreOffice. A spreadsheet treats a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as a
/// formula, and a leading tab or carriage return can hide such a start; CSV readers apply this to every field, so
/// every CSV the project writes goes through <see cref="Neutralize"/>, and the report workbooks mark such cells
/// as text with <see cref="IsFormulaLike"/>. A plain number (<c>-3.5</c>) is left alone: it cannot run, and
/// changing it would change the data.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The prefix spreadsheets read as "this cell is text": it is not shown in the cell.</summary>
    public const char TextPrefix = '\'';

    /// <summary>True when a spreadsheet could read <paramref name="value"/> as a formula.</summary>
    public static bool IsFormulaLike(string? value) =>
        value is { Length: > 0 }
        && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary><paramref name="value"/>, prefixed with <see cref="TextPrefix"/> when a spreadsheet could read it as a formula.</summary>
    public static string? Neutralize(string? value) => IsFormulaLike(value) ? TextPrefix + value : value;
}
