using System.Globalization;

namespace VocEd.Reports.Formatting;

/// <summary>
/// The text of a value on the dashboards and charts, the same everywhere: a missing or suppressed value is
/// <see cref="Missing"/>, never 0 or an empty cell, so a reader sees that something is not shown.
/// </summary>
public static class ValueText
{
    /// <summary>What stands for a value that is not shown (no data, or a denominator too small to publish).</summary>
    public const string Missing = "—";

    public static string Format(double? value, ValueFormat format) => value is not { } v || double.IsNaN(v)
        ? Missing
        : format switch
        {
            ValueFormat.Count => v.ToString("N0", CultureInfo.InvariantCulture),
            ValueFormat.Percent => (v * 100).ToString("F1", CultureInfo.InvariantCulture) + "%",
            ValueFormat.Yuan => v.ToString("N0", CultureInfo.InvariantCulture) + " 元",
            ValueFormat.Ratio => v.ToString("F2", CultureInfo.InvariantCulture),
            ValueFormat.Index => v.ToString("F3", CultureInfo.InvariantCulture),
            ValueFormat.Degrees => v.ToString("F1", CultureInfo.InvariantCulture) + "°",
            ValueFormat.Amount => v.ToString("N1", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown value format"),
        };

    /// <summary>A change against an earlier value, signed; rates change in percentage points (个百分点).</summary>
    public static string Change(double? change, ValueFormat format)
    {
        if (change is not { } c || double.IsNaN(c))
        {
            return Missing;
        }

        var sign = Direction(c, format) switch { > 0 => "+", < 0 => "−", _ => "±" };
        var size = Math.Abs(c);
        return sign + format switch
        {
            ValueFormat.Percent => (size * 100).ToString("F1", CultureInfo.InvariantCulture) + " 个百分点",
            _ => Format(size, format),
        };
    }

    /// <summary>
    /// +1, −1 or 0 as the change reads once rounded to the digits shown: a change too small to show is no change,
    /// so it is never written −0.0 nor coloured as a fall.
    /// </summary>
    public static int Direction(double change, ValueFormat format)
    {
        var shown = format == ValueFormat.Percent ? change * 100 : change;
        var digits = format switch
        {
            ValueFormat.Count or ValueFormat.Yuan => 0,
            ValueFormat.Percent or ValueFormat.Degrees or ValueFormat.Amount => 1,
            ValueFormat.Ratio => 2,
            _ => 3,
        };
        return Math.Round(shown, digits, MidpointRounding.ToEven) switch { > 0 => 1, < 0 => -1, _ => 0 };
    }
}
