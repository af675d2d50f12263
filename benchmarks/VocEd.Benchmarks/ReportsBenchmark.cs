using System.Diagnostics;
using System.Globalization;
using VocEd.Reports.Catalog;
using VocEd.Reports.Queries;
using VocEd.Reports.Rendering;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks;

/// <summary>
/// Renders both reports for the nation and for every province (64 workbooks at national scale) from a warehouse whose
/// cubes are refreshed, one after another in one process as a fan-out does, and prints the seconds of every workbook,
/// the total, the median per workbook and the peak RSS (VmHWM) after the first two workbooks and at the end — equal
/// peaks mean memory does not grow with the number of workbooks. Writes to a temporary folder (deleted afterwards)
/// unless --out is given.
/// </summary>
internal static class ReportsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = await BenchmarkArguments.PairsAsync(args, "--provider", "--connection", "--out", "--year", "--runs").ConfigureAwait(false);
        if (values is null)
        {
            return 2;
        }

        if (!values.TryGetValue("--connection", out var connection))
        {
            await Console.Error.WriteLineAsync("error: --connection STRING is required: a warehouse whose cubes are refreshed").ConfigureAwait(false);
            return 2;
        }

        WarehouseProvider provider;
        int runs;
        int? year;
        try
        {
            (provider, runs) = BenchmarkArguments.ProviderAndRuns(values);

            year = values.TryGetValue("--year", out var y) ? int.Parse(y, CultureInfo.InvariantCulture) : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var options = BenchmarkArguments.Warehouse(provider, connection);
        var renderer = new ReportRenderer(options, ReferenceDataSet.Load().PolicyThresholds);
        var output = values.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), "voced-reports-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"reports: both reports for CN and every province on {provider.ToString().ToLowerInvariant()} → {output}; {runs} run(s); cores {Environment.ProcessorCount}; gen0 budget: {BenchmarkArguments.Gen0Budget()}");
        var totals = new List<double>();
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var seconds = new List<double>();
                var written = 0;
                var skipped = 0;
                var clock = Stopwatch.StartNew();
                string? peakAfterNation = null;
                foreach (var selection in new[] { "CN", "every-province" })
                {
                    foreach (var definition in ReportCatalog.All)
                    {
                        var last = clock.Elapsed;
                        var progress = new SynchronousProgress<RenderedReport>(r =>
                        {
                            var now = clock.Elapsed;
                            seconds.Add((now - last).TotalSeconds);
                            last = now;
                            if (r.Path is null)
                            {
                                skipped++;
                                Console.WriteLine($"  {definition.Id} {r.Scope.Code}: skipped — {r.NoData}");
                            }
                            else
                            {
                                written++;
                                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                    $"  {definition.Id} {r.Scope.Code}: {seconds[^1]:F2} s, {new FileInfo(r.Path).Length / 1024.0:N0} KiB"));
                            }
                        });
                        await renderer.RenderAllAsync(definition, ScopeSelection.Parse(selection), year, output, progress, CancellationToken.None).ConfigureAwait(false);
                    }

                    peakAfterNation ??= ProcessStatus.MiB("VmHWM");
                }

                var total = clock.Elapsed.TotalSeconds;
                totals.Add(total);
                seconds.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {written} workbooks ({skipped} skipped) in {total:F2} s; per workbook median {seconds[seconds.Count / 2]:F2} s, max {seconds[^1]:F2} s; peak RSS after the 2 national workbooks {peakAfterNation} MiB, after all {ProcessStatus.MiB("VmHWM")} MiB"));
            }
        }
        catch (ReportNoDataException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median total     {totals[totals.Count / 2]:F2} s"));
        Console.WriteLine($"output size      {ProcessStatus.DirectorySize(output) / (1024.0 * 1024.0):N1} MiB");
        Console.WriteLine($"peak RSS (VmHWM) {ProcessStatus.MiB("VmHWM")} MiB");
        if (!values.ContainsKey("--out"))
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    /// <summary>Reports on the renderer's own thread, so each workbook's time is taken as it completes.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
