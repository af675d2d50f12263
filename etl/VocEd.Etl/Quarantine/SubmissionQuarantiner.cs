using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Load.Providers;
using VocEd.Etl.Records;
using VocEd.Etl.Scan;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Quarantine;

/// <summary>
/// Records a claimed submission as quarantined, in one transaction: status quarantined with its reason; for a
/// file that cannot be read, one etl_rejected_row (row 0) naming the reason; for a submission over the rejection
/// rate, every row rejected with <c>submission_quarantined</c> plus its own failures (the file is streamed again),
/// so rows_read = rows_rejected; for an empty replacement, its rows' own failures (every row was rejected). Failures are
/// counted per rule (etl_rule_failure_count) and kept as rows up to the per-rule limit. The file is copied into the
/// quarantine folder before the commit — unless it is larger than the copy limit: then only its hash and reason are
/// kept; the claim's lock row is deleted in the commit. When asked to (an ingest of files, not a load by id of a
/// submission registered on receipt), a file identical to one already quarantined for the very same reason, whose kept
/// copy is still there (or which was too large to copy), is not registered again: its new registration is deleted in
/// the same transaction and it is reported <see cref="SubmissionOutcome.Duplicate"/> of the earlier submission.
/// </summary>
public sealed class SubmissionQuarantiner(QuarantineStore store, EtlOptions options, TimeProvider time)
{
    public int BatchSize { get; init; } = 50_000;

    /// <summary>
    /// Quarantines for the scan's file problem, or else for <paramref name="reason"/> (an empty replacement), or else for
    /// the rejection rate; with <paramref name="reportDuplicate"/>, reports a duplicate of an earlier quarantine instead.
    /// </summary>
    public async Task<SubmissionOutcome> QuarantineAsync(
        WarehouseDbContext db, SubmissionScan scan, EtlSubmission submission, CancellationToken ct, FileProblem? reason = null, bool reportDuplicate = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(submission);
        var id = submission.SubmissionId;
        var policy = options.RejectionRatePolicy;
        var cap = options.MaxRejectedDetailsPerRule;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        FileProblem problem;
        long read = 0;
        var byRule = new Dictionary<string, long>(StringComparer.Ordinal);
        if (scan.Problem is { } fileProblem)
        {
            problem = fileProblem;
            if (reportDuplicate && await DuplicateAsync(db, scan, submission, problem, ct).ConfigureAwait(false) is { } earlier)
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return earlier;
            }

            await BulkCopier.CopyAsync(db, [RejectedRows.ForFile(id, problem)], BatchSize, ct).ConfigureAwait(false);
            byRule[problem.ReasonCode] = 1;
        }
        else
        {
            // One pass: the rows' own failures (the first of each rule kept) and the count; the rate is known at its end,
            // so every row's submission_quarantined is counted then, and kept for the first rows.
            var tally = new SubmissionTally();
            var details = new List<EtlRejectedRow>();
            var firstRows = new List<ValidatedRow>();
            foreach (var row in scan.ReadRows(ct))
            {
                tally.Add(row);
                if (firstRows.Count < cap)
                {
                    firstRows.Add(row);
                }

                foreach (var violation in row.Violations)
                {
                    ref var failures = ref CollectionsMarshal.GetValueRefOrAddDefault(byRule, violation.RuleId, out _);
                    if (++failures <= cap)
                    {
                        details.Add(RejectedRows.From(id, row, violation));
                    }
                }
            }

            read = tally.RowsRead;
            problem = reason ?? policy.Judge(tally.RowsRead, tally.RowsRejected)
                ?? throw new InvalidOperationException($"submission {id} is not over the rejection rate ({tally.RowsRejected}/{tally.RowsRead})");
            if (reportDuplicate && await DuplicateAsync(db, scan, submission, problem, ct).ConfigureAwait(false) is { } earlier)
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return earlier;
            }

            if (reason is null && read > 0)
            {
                var quarantined = policy.QuarantinedRow(tally.RowsRead, tally.RowsRejected);
                byRule[quarantined.RuleId] = read;
                details.AddRange(firstRows.Select(row => RejectedRows.From(id, row, quarantined)));
            }

            await BulkCopier.CopyAsync(db, details, BatchSize, ct).ConfigureAwait(false);
        }

        var statusReason = StatusReason(problem, scan);
        var path = scan.FileBytes <= options.MaxQuarantineCopyBytes ? store.Keep(scan.Path, scan.ContentHash, submission.FileName, scan.FileBytes) : null;

        var now = time.GetUtcNow().UtcDateTime;
        db.EtlSubmissions.Attach(submission);
        submission.Status = SubmissionStatuses.Quarantined;
        submission.StatusReason = statusReason;
        submission.RowsRead = checked((int)read);
        submission.RowsLoaded = 0;
        submission.RowsRejected = checked((int)read);
        submission.RowsWarned = 0;
        submission.QuarantinePath = path;
        submission.StatusChangedAt = now;
        db.EtlRuleFailureCounts.AddRange(RejectedRows.Counts(id, byRule, cap));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.EtlSubmissionLocks.Where(l => l.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SubmissionOutcome(submission.FileName, id, submission.Kind, submission.SubmitterCode, submission.Year, SubmissionStatuses.Quarantined,
            submission.StatusReason, read, 0, read, 0, byRule, null)
        {
            DetailsDropped = RejectedRows.DetailsDropped(byRule, cap),
        };
    }

    /// <summary>
    /// When the latest earlier submission of the same content is quarantined with the same reason and its kept copy is
    /// still in the quarantine folder (or the file is too large to be copied, so none was kept): deletes this submission's
    /// registration and lock row (in the caller's transaction) and returns the outcome that names the earlier one;
    /// otherwise null (the file is quarantined again — its reason changed, or its copy was purged).
    /// </summary>
    private async Task<SubmissionOutcome?> DuplicateAsync(WarehouseDbContext db, SubmissionScan scan, EtlSubmission submission, FileProblem problem, CancellationToken ct)
    {
        var id = submission.SubmissionId;
        var earlier = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.ContentHash == scan.ContentHash && s.SubmissionId < id)
            .OrderByDescending(s => s.SubmissionId)
            .Select(s => new { s.SubmissionId, s.Status, s.StatusReason, s.QuarantinePath })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (earlier is null || earlier.Status != SubmissionStatuses.Quarantined || earlier.StatusReason != StatusReason(problem, scan)
            || !(earlier.QuarantinePath is { } kept ? File.Exists(kept) : scan.FileBytes > options.MaxQuarantineCopyBytes))
        {
            return null;
        }

        await db.EtlSubmissionLocks.Where(l => l.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.EtlSubmissions.Where(s => s.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return new SubmissionOutcome(submission.FileName, earlier.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, SubmissionOutcome.Duplicate,
            $"identical to submission {earlier.SubmissionId}, quarantined for the same reason ({problem.ReasonCode}): not registered again", 0, 0, 0, 0, SubmissionOutcome.NoRules, null);
    }

    /// <summary>etl_submission.status_reason of a quarantine: the reason code, a colon, the English message (anything ID-shaped masked).</summary>
    public static string Reason(FileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Fit(RejectedRows.Storable(problem.ReasonCode + ": " + problem.MessageEn));
    }

    /// <summary>The status_reason a quarantine of the scan's file records: <see cref="Reason"/>, and for a file over the copy limit, that it was not copied.</summary>
    private string StatusReason(FileProblem problem, SubmissionScan scan) =>
        scan.FileBytes <= options.MaxQuarantineCopyBytes
            ? Reason(problem)
            : Fit(Reason(problem) + string.Create(CultureInfo.InvariantCulture,
                $" (not copied into the quarantine folder: {scan.FileBytes} bytes, over the copy limit of {options.MaxQuarantineCopyBytes}; hash {scan.ContentHash})"));

    private static string Fit(string text) => text.Length <= 1000 ? text : text[..1000];
}
