using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Load.Providers;
using VocEd.Etl.Scan;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Quarantine;

/// <summary>
/// Records a claimed submission as quarantined, in one transaction: status quarantined with its reason; for a
/// file that cannot be read, one etl_rejected_row (row 0) naming the reason; for a submission over the rejection
/// rate, every row rejected with <c>submission_quarantined</c> plus its own failures (the file is streamed again),
/// so rows_read = rows_rejected. The file is copied into the quarantine folder before the commit; the claim's lock
/// row is deleted in the commit. When asked to (an ingest of files, not a load by id of a submission registered on
/// receipt), a file identical to one already quarantined for the very same reason, whose kept copy is still there, is
/// not registered again: its new registration is deleted in the same transaction and it is reported
/// <see cref="SubmissionOutcome.Duplicate"/> of the earlier submission.
/// </summary>
public sealed class SubmissionQuarantiner(QuarantineStore store, EtlOptions options, TimeProvider time)
{
    public int BatchSize { get; init; } = 50_000;

    public async Task<SubmissionOutcome> QuarantineAsync(WarehouseDbContext db, SubmissionScan scan, EtlSubmission submission, CancellationToken ct, bool reportDuplicate = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(submission);
        var id = submission.SubmissionId;
        var policy = options.RejectionRatePolicy;
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
            var tally = new SubmissionTally();
            foreach (var row in scan.ReadRows(ct))
            {
                tally.Add(row);
            }

            read = tally.RowsRead;
            problem = policy.Judge(tally.RowsRead, tally.RowsRejected)
                ?? throw new InvalidOperationException($"submission {id} is not over the rejection rate ({tally.RowsRejected}/{tally.RowsRead})");
            if (reportDuplicate && await DuplicateAsync(db, scan, submission, problem, ct).ConfigureAwait(false) is { } earlier)
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return earlier;
            }

            var quarantined = policy.QuarantinedRow(tally.RowsRead, tally.RowsRejected);
            await BulkCopier.CopyAsync(db, RejectedRowsOf(scan, id, quarantined, byRule, ct), BatchSize, ct).ConfigureAwait(false);
        }

        var path = store.Keep(scan.Path, scan.ContentHash, submission.FileName);
        var now = time.GetUtcNow().UtcDateTime;
        db.EtlSubmissions.Attach(submission);
        submission.Status = SubmissionStatuses.Quarantined;
        submission.StatusReason = Reason(problem);
        submission.RowsRead = checked((int)read);
        submission.RowsLoaded = 0;
        submission.RowsRejected = checked((int)read);
        submission.RowsWarned = 0;
        submission.QuarantinePath = path;
        submission.StatusChangedAt = now;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.EtlSubmissionLocks.Where(l => l.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SubmissionOutcome(submission.FileName, id, submission.Kind, submission.SubmitterCode, submission.Year, SubmissionStatuses.Quarantined,
            submission.StatusReason, read, 0, read, 0, byRule, null);
    }

    /// <summary>
    /// When the latest earlier submission of the same content is quarantined with the same reason and its kept copy is
    /// still in the quarantine folder: deletes this submission's registration and lock row (in the caller's transaction)
    /// and returns the outcome that names the earlier one; otherwise null (the file is quarantined again — its reason
    /// changed, or its copy was purged).
    /// </summary>
    private static async Task<SubmissionOutcome?> DuplicateAsync(WarehouseDbContext db, SubmissionScan scan, EtlSubmission submission, FileProblem problem, CancellationToken ct)
    {
        var id = submission.SubmissionId;
        var earlier = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.ContentHash == scan.ContentHash && s.SubmissionId < id)
            .OrderByDescending(s => s.SubmissionId)
            .Select(s => new { s.SubmissionId, s.Status, s.StatusReason, s.QuarantinePath })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (earlier is null || earlier.Status != SubmissionStatuses.Quarantined || earlier.StatusReason != Reason(problem)
            || earlier.QuarantinePath is not { } kept || !File.Exists(kept))
        {
            return null;
        }

        await db.EtlSubmissionLocks.Where(l => l.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.EtlSubmissions.Where(s => s.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return new SubmissionOutcome(submission.FileName, earlier.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, SubmissionOutcome.Duplicate,
            $"identical to submission {earlier.SubmissionId}, quarantined for the same reason ({problem.ReasonCode}): not registered again", 0, 0, 0, 0, SubmissionOutcome.NoRules, null);
    }

    /// <summary>etl_submission.status_reason of a quarantine: the reason code, a colon, the English message.</summary>
    public static string Reason(FileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var text = problem.ReasonCode + ": " + problem.MessageEn;
        return text.Length <= 1000 ? text : text[..1000];
    }

    private static IEnumerable<EtlRejectedRow> RejectedRowsOf(SubmissionScan scan, long id, RuleViolation quarantined, Dictionary<string, long> byRule, CancellationToken ct)
    {
        foreach (var row in scan.ReadRows(ct))
        {
            foreach (var violation in row.Violations.Append(quarantined))
            {
                byRule[violation.RuleId] = byRule.GetValueOrDefault(violation.RuleId) + 1;
                yield return RejectedRows.From(id, row, violation);
            }
        }
    }
}
