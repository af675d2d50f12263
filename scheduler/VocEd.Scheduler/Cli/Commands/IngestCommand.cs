using System.CommandLine;
using System.Globalization;
using VocEd.Etl.Ingest;
using VocEd.Warehouse.Admin;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced ingest PATH...`: load submission files and folders into the warehouse (created or upgraded first, as by
/// `db migrate`), one submission at a time. Exit 0 when every file is loaded (or was already); 1 when a file was not:
/// quarantined (also a duplicate of a quarantined file), failed, or busy with another worker; 2 for a usage mistake.
/// No file to load at all is a warning, not an error.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Submission files or folders (searched recursively; hidden files and manifest.json are skipped). Any mix of kinds and formats.", Arity = ArgumentArity.OneOrMore };
        var threshold = new Option<string?>("--rejection-threshold") { Description = "Quarantine a submission of at least 50 rows when more than this share of its rows is rejected (default 0.20; also Etl__RejectionRateThreshold).", HelpName = "RATE" };
        var quarantine = new Option<string?>("--quarantine-dir") { Description = "Where quarantined files are kept (default ./data/quarantine; also Etl__QuarantineDirectory). Purged after Etl__QuarantineRetentionDays (30).", HelpName = "DIR" };
        var workers = new Option<int?>("--workers") { Description = "Fact files (enrollment, graduate_destination) loaded side by side, each on its own connection, on PostgreSQL and SQL Server (default: the number of cores, 2 to 4; also Etl__Workers). SQLite loads one file at a time.", HelpName = "N" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the totals, not one line per submission." };
        var receivedAt = new Option<string?>("--received-at")
        {
            Description = "Record the files as received at this time instead of now (ISO 8601, e.g. 2024-10-30T17:45:00+08:00; UTC when no offset): a back-load keeps the true receipt time, which decides whether a submission was late.",
            HelpName = "TIMESTAMP",
        };
        var command = new Command("ingest", "Load submission files into the warehouse: register, validate, pseudonymize, conform, load, reconcile — one transaction per file; bad files are quarantined and the batch goes on. Exit code 0: every file loaded (or already loaded); 1: a file quarantined, failed or busy; 2: a usage mistake.")
        {
            paths, threshold, quarantine, workers, quiet, receivedAt,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var options = ctx.Settings.Etl();
            if (ctx.Parse.GetValue(threshold) is { } t)
            {
                options.RejectionRateThreshold = double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
                    ? rate
                    : throw new UserErrorException($"--rejection-threshold '{t}' is not a number between 0 and 1");
            }

            if (ctx.Parse.GetValue(quarantine) is { } q)
            {
                options.QuarantineDirectory = Path.GetFullPath(q);
            }

            if (ctx.Parse.GetValue(workers) is { } n)
            {
                options.Workers = n is >= 1 and <= 64 ? n : throw new UserErrorException($"--workers {n}: give a number from 1 to 64");
            }
            else if (options.Workers is < 0 or > 64)
            {
                throw new UserErrorException($"Etl:Workers = {options.Workers} (appsettings.json or Etl__Workers): give 0 for the default or a number from 1 to 64");
            }

            if (ctx.Parse.GetValue(receivedAt) is { } at)
            {
                options.ReceivedAt = DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var received)
                    ? received.UtcDateTime <= ctx.Time.GetUtcNow().UtcDateTime
                        ? received.UtcDateTime
                        : throw new UserErrorException($"--received-at {at}: a receipt time cannot be in the future")
                    : throw new UserErrorException($"--received-at '{at}' is not an ISO 8601 timestamp (e.g. 2024-10-30T17:45:00+08:00)");
            }

            await using var services = ctx.Services(etl: options);
            await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(ct).ConfigureAwait(false);
            var given = ctx.Parse.GetValue(paths) ?? [];
            var summary = await IngestProgressLine.RunAsync(ctx.Error, services.GetRequiredService<IngestRunner>(), given, ct).ConfigureAwait(false);
            await IngestSummaryPrinter.PrintAsync(ctx.Out, summary, ctx.Parse.GetValue(quiet) ? SubmissionLines.None : SubmissionLines.All).ConfigureAwait(false);
            if (summary.Submissions.Count == 0)
            {
                await ctx.Error.WriteLineAsync($"voced: warning: no submission files in {string.Join(", ", given)} (hidden files and manifest.json are skipped): nothing was loaded").ConfigureAwait(false);
            }

            return summary.NotLoaded > 0 ? 1 : 0;
        }));
        return command;
    }
}
