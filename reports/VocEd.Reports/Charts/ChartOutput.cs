using ScottPlot;
using SkiaSharp;

namespace VocEd.Reports.Charts;

/// <summary>Draws a finished plot as PNG and SVG with the charts' font.</summary>
internal static class ChartOutput
{
    /// <summary>
    /// The Sub filter at zlib level 3: ScottPlot's own PNG export tries every filter at level 6, which takes most of a
    /// chart's time for files only a sixth smaller; a whole national site draws over a thousand charts.
    /// </summary>
    private static readonly SKPngEncoderOptions _png = new(SKPngEncoderFilterFlags.Sub, 3);

    public static RenderedChart Render(Plot plot, int width, int height)
    {
        ChartFont.Apply(plot);
        byte[] png;
        using (var surface = SKSurface.Create(new SKImageInfo(width, height)))
        {
            plot.Render(surface);
            using var pixels = surface.PeekPixels();
            using var data = pixels.Encode(_png) ?? throw new InvalidOperationException("the PNG encoder returned nothing");
            png = data.ToArray();
        }

        var svg = plot.GetSvgXml(width, height);
        return new RenderedChart(png, svg, width, height);
    }
}
