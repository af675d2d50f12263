using System.Globalization;

namespace VocEd.Warehouse.Text;

/// <summary>
/// RFC 4180 field quoting for writers: quote when the value holds a comma, quote, CR or LF. <see cref="WriteRow"/>
/// also neutralizes formula-like text (<see cref="FormulaGuard"/>) so no field can run in a spreadsheet;
/// <see cref="Escape"/> alone quotes only, for files that must keep a value byte for byte (sample submissions).
/// </summary>
public static class CsvWriter
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? string.Concat("\"", value.Replace("\"", "\"\"", StringComparison.Ordinal), "\"")
            : value;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Escape(FormulaGuard.Neutralize(field)));
            first = false;
        }

        writer.Write('\n');
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
