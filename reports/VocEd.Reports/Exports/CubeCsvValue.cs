using System.Globalization;
using VocEd.Warehouse.Text;

namespace VocEd.Reports.Exports;

/// <summary>
/// A cube value as CSV text, the same in the export and in `voced cube query --format csv`: a number as the shortest
/// text that reads back as the same double (at most 17 significant digits), whole numbers and booleans plainly, time
/// in UTC to the tick, a date as yyyy-MM-dd, NULL as empty, and text a spreadsheet could run as a formula neutralized (<see cref="FormulaGuard"/>).
/// </summary>
public static class CubeCsvValue
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => FormulaGuard.Neutralize(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
