using System.Text;

namespace VocEd.Reports.Dashboards;

/// <summary>
/// Writes a <see cref="DashboardSite"/> as a static folder: `index.html` (the nation), `44/index.html`,
/// `44/4401/index.html`, and `assets/` (style sheet, favicon, charts as PNG and SVG). With a scope, only that
/// region's subtree (and assets) is written; pages above it appear as breadcrumb text. The renderer knows nothing
/// of how the folder is served: it opens the same from disk, a file share or a web host.
/// </summary>
public static class DashboardRenderer
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<DashboardRenderResult> RenderAsync(DashboardSite site, string directory, string scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        SitePaths.Depth(scope);
        var pages = site.Pages.Where(p => SitePaths.InScope(p.Region.Code, scope)).ToList();
        if (pages.Count == 0)
        {
            throw new ArgumentException($"the site has no page for {scope}", nameof(scope));
        }

        var linkable = pages.Select(p => p.Region.Code).ToHashSet(StringComparer.Ordinal);
        var charts = Path.Combine(directory, SitePaths.Assets, "charts");
        Directory.CreateDirectory(charts);
        await File.WriteAllTextAsync(Path.Combine(directory, SitePaths.Assets, "site.css"), DashboardAssets.Css, _utf8, ct).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, SitePaths.Assets, "favicon.svg"), DashboardAssets.FaviconSvg, _utf8, ct).ConfigureAwait(false);

        var drawn = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(pages, options, async (page, token) =>
        {
            var pageCharts = ChartTables.For(page);
            foreach (var chart in pageCharts)
            {
                await chart.Draw().WriteAsync(Path.Combine(charts, chart.FileStem(page.Region.Code)), token).ConfigureAwait(false);
            }

            Interlocked.Add(ref drawn, pageCharts.Count);
            var path = Path.Combine(directory, SitePaths.PageOf(page.Region.Code));
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? directory);
            await File.WriteAllTextAsync(path, DashboardPageWriter.Write(site, page, linkable, pageCharts), _utf8, token).ConfigureAwait(false);
        }).ConfigureAwait(false);

        return new DashboardRenderResult(pages.Count, drawn, Path.Combine(directory, SitePaths.PageOf(scope)));
    }
}
