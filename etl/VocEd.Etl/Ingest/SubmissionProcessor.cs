using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VocEd.Etl.Claims;
using VocEd.Etl.Load;
using VocEd.Etl.Quarantine;
using VocEd.Etl.Scan;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Ingest;

/// <summary>
/// The unit of work of an ingest — one submission (one file): claim it, load it (or quarantine it: a file that
/// cannot be read, a load over the rejection rate, an empty replacement), refresh the known schools after a
/// school_profile, and on an error (out of memory included) or a cancellation end the claim as failed so the file can be
/// sent again. A file that could not even be scanned (gone, not a regular file) is failed without being registered.
/// Whatever one file does, the next one is processed. A scheduled job per file would call this for its one file.
/// </summary>
public sealed class SubmissionProcessor(
    SubmissionClaimer claimer,
    FactLoader loader,
    SubmissionQuarantiner quarantiner,
    WarehouseValidationContext context,
    WorkerIdentity worker,
    ILogger logger,
    IngestTimings? timings = null)
{
    /// <summary>Time spent per step, summed over the submissions processed.</summary>
    public IngestTimings Timings { get; } = timings ?? new();

    public async Task<SubmissionOutcome> ProcessAsync(WarehouseDbContext db, SubmissionFile file, SubmissionScan scan, Action<long>? rowsRead, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scan);
        var kind = SubmissionRegistrar.KindName(scan);
        if (scan.Failure is { } failure)
        {
            IngestLog.ScanFailed(logger, failure.Split(':')[0]);
            return Empty(file, null, kind, scan, SubmissionStatuses.Failed, RejectedRows.Storable(failure));
        }

        var started = Stopwatch.GetTimestamp();
        var claim = await claimer.ClaimAsync(db, scan, file.FileName, worker, ct).ConfigureAwait(false);
        Timings.AddClaim(started);
        switch (claim.Outcome)
        {
            case ClaimOutcome.AlreadyLoaded:
                var existing = claim.ExistingSubmissionId.GetValueOrDefault();
                IngestLog.Skipped(logger, existing);
                return Empty(file, existing, kind, scan, SubmissionOutcome.Skipped, $"identical to submission {existing}");
            case ClaimOutcome.Busy:
                var holder = claim.Holder ?? "?";
                IngestLog.Busy(logger, holder);
                return Empty(file, null, kind, scan, SubmissionOutcome.Busy, $"claimed by {holder}");
            case ClaimOutcome.Claimed:
                break;
            default:
                throw new InvalidOperationException($"unknown claim outcome {claim.Outcome}");
        }

        return await LoadClaimedAsync(db, file, scan, claim, rowsRead, ct, reportDuplicate: true).ConfigureAwait(false);
    }

    /// <summary>
    /// The unit of work for a submission registered when it was received: claim it by id
    /// (<see cref="SubmissionClaimer.ClaimRegisteredAsync"/>), then load or quarantine it as <see cref="ProcessAsync"/> does.
    /// </summary>
    public async Task<SubmissionOutcome> ProcessRegisteredAsync(WarehouseDbContext db, long submissionId, SubmissionFile file, SubmissionScan scan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(scan);
        var kind = SubmissionRegistrar.KindName(scan);
        var started = Stopwatch.GetTimestamp();
        var claim = await claimer.ClaimRegisteredAsync(db, submissionId, scan, worker, ct).ConfigureAwait(false);
        Timings.AddClaim(started);
        switch (claim.Outcome)
        {
            case ClaimOutcome.NotWaiting or ClaimOutcome.Superseded:
                return SubmissionOutcome.Of(claim.Submission ?? throw new InvalidOperationException("a claim result without its submission"));
            case ClaimOutcome.AlreadyLoaded:
                var existing = claim.ExistingSubmissionId.GetValueOrDefault();
                IngestLog.Skipped(logger, existing);
                return Empty(file, submissionId, kind, scan, SubmissionOutcome.Skipped, $"identical to submission {existing}");
            case ClaimOutcome.Busy:
                var holder = claim.Holder ?? "?";
                IngestLog.Busy(logger, holder);
                return Empty(file, submissionId, kind, scan, SubmissionOutcome.Busy, $"claimed by {holder}");
            case ClaimOutcome.Claimed:
                return await LoadClaimedAsync(db, file, scan, claim, null, ct).ConfigureAwait(false);
            default:
                throw new InvalidOperationException($"unknown claim outcome {claim.Outcome}");
        }
    }

    /// <summary>Loads (or quarantines) a claimed submission; on an error or a cancellation ends its claim as failed.</summary>
    private async Task<SubmissionOutcome> LoadClaimedAsync(WarehouseDbContext db, SubmissionFile file, SubmissionScan scan, ClaimResult claim, Action<long>? rowsRead, CancellationToken ct,
        bool reportDuplicate = false)
    {
        var kind = SubmissionRegistrar.KindName(scan);
        var submission = claim.Submission ?? throw new InvalidOperationException("a claim without its submission");
        var id = submission.SubmissionId;
        if (claim.TookOver)
        {
            IngestLog.TookOver(logger, id);
        }

        try
        {
            if (!scan.IsReadable)
            {
                return await QuarantineAsync().ConfigureAwait(false);
            }

            var started = Stopwatch.GetTimestamp();
            var attempt = await loader.LoadAsync(db, scan, submission, rowsRead, ct, claim.Start).ConfigureAwait(false);
            Timings.AddLoad(started, kind);
            if (attempt.RateExceeded || attempt.QuarantineReason is not null)
            {
                return await QuarantineAsync(attempt.QuarantineReason).ConfigureAwait(false);
            }

            // Committed: the validation context learns the schools' latest profiles (read in the load, no second read).
            foreach (var (school, latest) in attempt.SchoolProfiles)
            {
                context.SetSchool(school, latest?.SchoolType, latest?.CountyCode);
            }

            IngestLog.Loaded(logger, id, kind, attempt.RowsRead, attempt.RowsLoaded, attempt.RowsRejected);
            return new SubmissionOutcome(file.FileName, id, kind, scan.Submitter, scan.Year, SubmissionStatuses.Loaded, null,
                attempt.RowsRead, attempt.RowsLoaded, attempt.RowsRejected, attempt.RowsWarned, attempt.ByRule, attempt.ReplacedSubmissionId)
            {
                DetailsDropped = attempt.DetailsDropped,
            };
        }
        catch (OperationCanceledException)
        {
            await claimer.ReleaseAsFailedAsync(db, id, SubmissionRegistrar.LockKey(scan), "cancelled", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            // Out of memory too: what the failed load held is garbage now, and the next file gets the memory back.
            IngestLog.Failed(logger, id, ex.GetType().Name);
            var reason = RejectedRows.Storable($"{ex.GetType().Name}: {ex.Message}");
            reason = reason.Length <= 1000 ? reason : reason[..1000];
            await claimer.ReleaseAsFailedAsync(db, id, SubmissionRegistrar.LockKey(scan), reason, ct).ConfigureAwait(false);
            return new SubmissionOutcome(file.FileName, id, kind, scan.Submitter, scan.Year, SubmissionStatuses.Failed, reason,
                0, 0, 0, 0, SubmissionOutcome.NoRules, null)
            { Error = ex };
        }

        async Task<SubmissionOutcome> QuarantineAsync(Validate.FileProblem? reason = null)
        {
            var since = Stopwatch.GetTimestamp();
            var outcome = await quarantiner.QuarantineAsync(db, scan, submission, ct, reason, reportDuplicate).ConfigureAwait(false);
            Timings.AddQuarantine(since);
            if (outcome.Status == SubmissionOutcome.Duplicate)
            {
                return outcome with { FileName = file.FileName };
            }

            var reasonCode = outcome.Reason?.Split(':')[0] ?? "?";
            IngestLog.Quarantined(logger, id, kind, reasonCode);
            return outcome with { FileName = file.FileName };
        }
    }

    private static SubmissionOutcome Empty(SubmissionFile file, long? id, string kind, SubmissionScan scan, string status, string reason) =>
        new(file.FileName, id, kind, scan.Submitter, scan.Year, status, reason, 0, 0, 0, 0, SubmissionOutcome.NoRules, null);
}
