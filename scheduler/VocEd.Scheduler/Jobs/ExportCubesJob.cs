using System.Globalization;
using Hangfire;
using VocEd.Reports.Cubes;
using VocEd.Reports.Exports;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Jobs;

/// <summary><c>export-cubes</c>: the second step of the nightly chain — every cube as CSV and Parquet, with codebook and manifest, into <see cref="SchedulerOptions.Exports"/>.</summary>
internal sealed class ExportCubesJob(CubeExporter exporter, SchedulerOptions options, ILogger<ExportCubesJob> logger)
{
    [Queue(JobQueues.Reports)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var manifest = await exporter.ExportAsync(options.Exports, ExportFormats.Both, DisclosureControl.DefaultMinimumDenominator, ct).ConfigureAwait(false);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{manifest.Files.Count} file(s) written to {options.Exports}");
        SchedulerLog.JobDone(logger, "export-cubes", summary);
        return summary;
    }
}
