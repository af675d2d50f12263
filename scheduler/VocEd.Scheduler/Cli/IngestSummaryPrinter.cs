using System.Globalization;
using VocEd.Etl.Ingest;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Cli;

/// <summary>Prints an ingest's outcome: one line per submission (file), then the totals and the rule failures by rule.</summary>
internal static class IngestSummaryPrinter
{
    /// <summary>Prints the summary; <paramref name="lines"/>: every submission, only those not loaded cleanly, or none.</summary>
    public static async Task PrintAsync(TextWriter output, IngestSummary summary, SubmissionLines lines = SubmissionLines.All)
    {
        if (lines != SubmissionLines.None)
        {
            foreach (var s in summary.Submissions.Where(s => lines == SubmissionLines.All || s.Status != SubmissionStatuses.Loaded))
            {
                await output.WriteLineAsync(Line(s)).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(summary.LoadRunId > 0 ? "run " + summary.LoadRunId.ToString(CultureInfo.InvariantCulture) : "load jobs")}: {summary.Submissions.Count:N0} files — {summary.Loaded:N0} loaded, {summary.Quarantined:N0} quarantined, {summary.Skipped:N0} unchanged (already loaded), {summary.Duplicates:N0} duplicate (quarantined before, same reason), {summary.Busy:N0} busy, {summary.Failed:N0} failed{(summary.Refused > 0 ? $", {summary.Refused:N0} refused (not regular files)" : string.Empty)}; {summary.Elapsed.TotalSeconds:F1} s, {summary.Workers} {(summary.Workers == 1 ? "worker" : "workers")}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"rows: {summary.RowsRead:N0} read = {summary.RowsLoaded:N0} loaded + {summary.RowsRejected:N0} rejected ({summary.RowsWarned:N0} loaded with warnings)")).ConfigureAwait(false);
        var t = summary.Timings;
        if (t.Prepare + t.Scan + t.Claim + t.Load + t.Quarantine > TimeSpan.Zero)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"time: prepare {t.Prepare.TotalSeconds:F1} s, scan {t.Scan.TotalSeconds:F1} s (loads waited {t.ScanWait.TotalSeconds:F1} s for it), claim {t.Claim.TotalSeconds:F1} s, load {t.Load.TotalSeconds:F1} s, quarantine {t.Quarantine.TotalSeconds:F1} s")).ConfigureAwait(false);
        }

        if (summary.ByRule.Count > 0)
        {
            await output.WriteLineAsync("rule failures by rule:").ConfigureAwait(false);
            foreach (var (rule, count) in summary.ByRule)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {rule,-34}{count,12:N0}")).ConfigureAwait(false);
            }

            if (summary.DetailsDropped > 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  ({summary.DetailsDropped:N0} of them over the per-rule limit of rows kept per file: counted in etl_rule_failure_count, not kept in etl_rejected_row)")).ConfigureAwait(false);
            }
        }

        if (summary.QuarantinedFilesPurged > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"purged {summary.QuarantinedFilesPurged:N0} quarantined file(s) past their retention")).ConfigureAwait(false);
        }
    }

    private static string Line(SubmissionOutcome s)
    {
        var id = s.SubmissionId is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : "-";
        var rules = s.ByRule.Count == 0
            ? string.Empty
            : " [" + string.Join(", ", s.ByRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}"))) + "]";
        var reason = s.Reason is null ? string.Empty : " — " + TerminalText.Escape(s.Reason);
        var replaced = s.ReplacedSubmissionId is { } r ? string.Create(CultureInfo.InvariantCulture, $" replaces #{r}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.Status,-12}{id,-8}{TerminalText.Escape(s.FileName)}  read {s.RowsRead:N0}, loaded {s.RowsLoaded:N0}, rejected {s.RowsRejected:N0}{replaced}{rules}{reason}");
    }
}
