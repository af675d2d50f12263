using System.Globalization;
using VocEd.Etl.Ingest;

namespace VocEd.Scheduler.Cli;

/// <summary>An ingest run with its progress on one line of standard error (the ingest and demo commands).</summary>
internal static class IngestProgressLine
{
    public static async Task<IngestSummary> RunAsync(TextWriter error, IngestRunner runner, IReadOnlyList<string> paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var progress = new ConsoleProgress<IngestProgress>(error, p => string.Create(CultureInfo.InvariantCulture,
            $"  {p.Phase} {p.FilesDone:N0}/{p.FilesTotal:N0} files, {p.RowsRead:N0} rows read, {p.RowsLoaded:N0} loaded, {p.RowsRejected:N0} rejected, {p.RowsRead / Math.Max(p.Elapsed.TotalSeconds, 0.001):N0} rows/s"));
        try
        {
            return await runner.RunAsync(paths, progress, ct).ConfigureAwait(false);
        }
        finally
        {
            progress.Finish();
        }
    }
}
