using System.Globalization;

namespace VocEd.Generator.Rows;

/// <summary>Invariant text forms of values written into rows.</summary>
internal static class Formats
{
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Money(double value) => Math.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Division(int division) => division.ToString("D2", CultureInfo.InvariantCulture);
}
