using System.Xml.Linq;
using SkiaSharp;

namespace VocEd.Reports.Tests.Charts;

/// <summary>What the chart tests read from a rendered chart: the PNG's pixels and the SVG's text.</summary>
internal static class ChartImages
{
    /// <summary>The standard deviation of the PNG's grey levels: near zero for a blank (one-colour) image.</summary>
    public static double GreyDeviation(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new AssertionException("the PNG does not decode");
        var sum = 0.0;
        var squares = 0.0;
        var count = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                var grey = (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
                sum += grey;
                squares += grey * grey;
                count++;
            }
        }

        var mean = sum / count;
        return Math.Sqrt(Math.Max(0, (squares / count) - (mean * mean)));
    }

    /// <summary>The text of every &lt;text&gt; element of the SVG, trimmed (the SVG must parse as XML).</summary>
    public static IReadOnlyList<string> Texts(string svg)
    {
        var document = XDocument.Parse(svg);
        return document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
    }

    public static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new AssertionException("the PNG does not decode");
        return (bitmap.Width, bitmap.Height);
    }

    /// <summary>True when two PNGs have exactly the same pixels.</summary>
    public static bool SamePixels(byte[] a, byte[] b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        return first.Width == second.Width && first.Height == second.Height && first.Bytes.AsSpan().SequenceEqual(second.Bytes);
    }
}
