using System.Globalization;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// "Equal to the cube": LibreOffice writes 15 significant digits, so a cell equals the cube value when both agree after
/// rounding to 15 significant digits. A percent-formatted cell is written as its value × 100 followed by %.
/// </summary>
internal static class Digits
{
    /// <summary>Asserts that <paramref name="cell"/> shows <paramref name="expected"/>: empty for null, else equal after rounding both to 15 significant digits.</summary>
    public static void AssertEqual(string cell, double? expected, string what)
    {
        if (expected is not { } value)
        {
            Assert.That(cell, Is.Empty, $"{what}: the cube has no value");
            return;
        }

        Assert.That(cell, Is.Not.Empty, $"{what}: expected {value.ToString("R", CultureInfo.InvariantCulture)}");
        var percent = cell.EndsWith('%');
        var shown = decimal.Parse(percent ? cell[..^1] : cell, NumberStyles.Float, CultureInfo.InvariantCulture);
        var exact = Decimal(value);
        var candidates = percent ? new[] { exact * 100, Decimal(value * 100) } : [exact];
        Assert.That(candidates.Select(Round15), Does.Contain(Round15(shown)), $"{what}: cell {cell}, cube {value.ToString("R", CultureInfo.InvariantCulture)}");
    }

    public static bool IsNumber(string cell) =>
        cell.Length > 0 && decimal.TryParse(cell.EndsWith('%') ? cell[..^1] : cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    public static decimal Round15(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var exponent = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = 14 - exponent;
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        var scale = (decimal)Math.Pow(10, -decimals);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }

    private static decimal Decimal(double value) => decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
