using System.Drawing;

namespace VocEd.Reports.Workbooks;

/// <summary>The workbook colours: chart series, header fill, highlights.</summary>
internal static class Palette
{
    /// <summary>Series colours in order (blue, orange, green, grey, gold, teal), as RGB hex for the chart XML.</summary>
    public static IReadOnlyList<string> Series { get; } = ["4472C4", "ED7D31", "70AD47", "A5A5A5", "FFC000", "5B9BD5"];

    public static Color HeaderFill { get; } = Color.FromArgb(0xD9, 0xE1, 0xF2);

    public static Color TitleFont { get; } = Color.FromArgb(0x1F, 0x38, 0x64);

    /// <summary>A missed threshold: Excel's "bad" style (light red fill, dark red text).</summary>
    public static Color BreachFill { get; } = Color.FromArgb(0xFF, 0xC7, 0xCE);

    public static Color BreachFont { get; } = Color.FromArgb(0x9C, 0x00, 0x06);

    /// <summary>A value withheld by disclosure control.</summary>
    public static Color WithheldFill { get; } = Color.FromArgb(0xED, 0xED, 0xED);

    public static Color Border { get; } = Color.FromArgb(0xBF, 0xBF, 0xBF);

    public static Color ScaleLow { get; } = Color.FromArgb(0xF8, 0x69, 0x6B);

    public static Color ScaleMiddle { get; } = Color.FromArgb(0xFF, 0xEB, 0x84);

    public static Color ScaleHigh { get; } = Color.FromArgb(0x63, 0xBE, 0x7B);

    public static Color SeriesColor(int index)
    {
        var hex = Series[index % Series.Count];
        return Color.FromArgb(Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..], 16));
    }
}
