namespace VocEd.Reports.Charts;

/// <summary>A chart drawn twice from the same plot: PNG (pixels, for pages and e-mail) and SVG (text stays text, for print).</summary>
public sealed record RenderedChart(byte[] Png, string Svg, int Width, int Height)
{
    /// <summary>Writes <paramref name="pathWithoutExtension"/>.png and .svg.</summary>
    public async Task WriteAsync(string pathWithoutExtension, CancellationToken ct)
    {
        await File.WriteAllBytesAsync(pathWithoutExtension + ".png", Png, ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(pathWithoutExtension + ".svg", Svg, ct).ConfigureAwait(false);
    }
}
