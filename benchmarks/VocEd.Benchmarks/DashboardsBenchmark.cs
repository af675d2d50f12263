using System.Diagnostics;
using System.Globalization;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Warehouse.Data;

namespace VocEd.Benchmarks;

/// <summary>
/// Renders the whole dashboard site (or one scope) from a warehouse whose cubes are refreshed, and prints the time
/// to read the cubes, build the model and render pages and charts, the pages and charts written, the site's size and
/// the peak RSS (VmHWM from /proc/self/status). Writes to a temporary folder (deleted afterwards) unless --out is given.
/// </summary>
internal static class DashboardsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = await BenchmarkArguments.PairsAsync(args, "--provider", "--connection", "--out", "--scope", "--runs").ConfigureAwait(false);
        if (values is null)
        {
            return 2;
        }

        if (!values.TryGetValue("--connection", out var connection))
        {
            await Console.Error.WriteLineAsync("error: --connection STRING is required: a warehouse whose cubes are refreshed (./voced demo's data/demo/voced-demo.db, or one the ingest benchmark loaded)").ConfigureAwait(false);
            return 2;
        }

        WarehouseProvider provider;
        int runs;
        try
        {
            (provider, runs) = BenchmarkArguments.ProviderAndRuns(values);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var options = BenchmarkArguments.Warehouse(provider, connection);
        var scope = values.GetValueOrDefault("--scope", SitePaths.Nation);
        var output = values.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), "voced-dashboards-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"dashboards --scope {scope} on {provider.ToString().ToLowerInvariant()} → {output}; {runs} run(s); cores {Environment.ProcessorCount}; gen0 budget: {BenchmarkArguments.Gen0Budget()}");
        var totals = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var builder = await DashboardModelBuilder.ReadAsync(options, null, 5, CancellationToken.None).ConfigureAwait(false);
                var read = clock.Elapsed;
                var site = builder.Build(scope);
                var built = clock.Elapsed;
                var result = await DashboardRenderer.RenderAsync(site, output, scope, CancellationToken.None).ConfigureAwait(false);
                var total = clock.Elapsed;
                totals.Add(total.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: read {read.TotalSeconds:F2} s ({builder.RowsRead.Quality:N0} quality, {builder.RowsRead.Alignment:N0} alignment, {builder.RowsRead.Sections:N0} section rows), build {(built - read).TotalSeconds:F2} s, render {(total - built).TotalSeconds:F2} s ({result.Pages:N0} pages, {result.Charts:N0} charts), total {total.TotalSeconds:F2} s"));
            }
            catch (DashboardDataException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 2;
            }
        }

        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median total     {totals[totals.Count / 2]:F2} s"));
        Console.WriteLine($"site size        {ProcessStatus.DirectorySize(output) / (1024.0 * 1024.0):N1} MiB in {Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count():N0} files");
        Console.WriteLine($"peak RSS (VmHWM) {ProcessStatus.MiB("VmHWM")} MiB");
        if (!values.ContainsKey("--out"))
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }
}
