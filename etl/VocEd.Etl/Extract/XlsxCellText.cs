using System.Globalization;

namespace VocEd.Etl.Extract;

/// <summary>Turns XLSX cell references and numeric cell values into the text a submission means.</summary>
internal static class XlsxCellText
{
    /// <summary>0-based column of a cell reference (<c>C5</c> → 2), or -1 when it has no column letters.</summary>
    public static int ColumnIndex(string cellReference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in cellReference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }

    /// <summary>1-based row of a cell or row reference (<c>C5</c> → 5, <c>5</c> → 5), or null.</summary>
    public static long? RowIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    /// <summary>
    /// The text of a numeric cell: whole numbers without decimals or exponent (<c>4401000001.0</c> → <c>4401000001</c>,
    /// <c>1.10105199001011E+17</c> → <c>110105199001011000</c>), fractions without trailing zeros.
    /// </summary>
    public static string FormatNumber(string stored)
    {
        var text = stored.Trim();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value == decimal.Truncate(value)
                ? value.ToString("0", CultureInfo.InvariantCulture)
                : value.ToString("G29", CultureInfo.InvariantCulture);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var big)
            ? big.ToString("R", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>A numeric cell under a date style, as yyyy-MM-dd; null when the number is no date.</summary>
    public static string? FormatDate(string stored)
    {
        if (double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }
}
