using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Pipeline;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Load;

/// <summary>
/// The claim that keeps two workers off the same submission, as database state. In one short committed
/// transaction: take over a stale claim of the same replacement key (holder dead or lease expired), register the
/// file (<see cref="SubmissionRegistrar"/>), insert the etl_submission_lock row (its primary key is the replacement
/// key, so a second claim fails), and only then check that the same content has not been loaded meanwhile. The
/// load transaction deletes the lock row in the commit that sets the final status, so a worker killed at any
/// point leaves either a finished submission or a stale claim that the next run takes over.
/// </summary>
public sealed class SubmissionClaimer(SubmissionRegistrar registrar, TimeProvider time, TimeSpan lease)
{
    public async Task<ClaimResult> ClaimAsync(WarehouseDbContext db, SubmissionScan scan, string fileName, WorkerIdentity worker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(worker);
        var key = SubmissionRegistrar.LockKey(scan);
        var now = time.GetUtcNow().UtcDateTime;

        // Cheap check first: the common case of an identical file sent again needs no write.
        if (await LoadedAsync(db, scan.ContentHash, null, ct).ConfigureAwait(false) is { } loaded)
        {
            return ClaimResult.AlreadyLoaded(loaded);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var tookOver = false;
        var existing = await db.EtlSubmissionLocks.SingleOrDefaultAsync(l => l.LockKey == key, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            if (!worker.MayTakeOver(existing.ClaimedBy, existing.ExpiresAt, now))
            {
                return ClaimResult.Busy(existing.ClaimedBy);
            }

            await FailAsync(db, existing.SubmissionId, $"claim of {existing.ClaimedBy} taken over by {worker.ClaimedBy}", now, ct).ConfigureAwait(false);
            db.EtlSubmissionLocks.Remove(existing);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            tookOver = true;
        }

        var submission = await registrar.RegisterAsync(db, scan, fileName, worker, ct).ConfigureAwait(false);
        db.EtlSubmissionLocks.Add(new EtlSubmissionLock
        {
            LockKey = key,
            SubmissionId = submission.SubmissionId,
            ClaimedBy = worker.ClaimedBy,
            ClaimedAt = now,
            ExpiresAt = now + lease,
        });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another worker inserted the same key between our check and our insert.
            db.ChangeTracker.Clear();
            return ClaimResult.Busy("another worker");
        }

        // Checked after the lock row is in: a worker that loaded this content has committed by now.
        if (await LoadedAsync(db, scan.ContentHash, submission.SubmissionId, ct).ConfigureAwait(false) is { } loadedMeanwhile)
        {
            db.ChangeTracker.Clear();
            return ClaimResult.AlreadyLoaded(loadedMeanwhile);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new ClaimResult(ClaimOutcome.Claimed, submission, null, null, tookOver);
    }

    /// <summary>Ends a claim without loading (an error or a cancellation): status failed with the reason, lock row deleted.</summary>
    public async Task ReleaseAsFailedAsync(WarehouseDbContext db, long submissionId, string lockKey, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await FailAsync(db, submissionId, reason, time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        await db.EtlSubmissionLocks.Where(l => l.LockKey == lockKey && l.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    private static async Task<long?> LoadedAsync(WarehouseDbContext db, string hash, long? except, CancellationToken ct)
    {
        var id = await db.EtlSubmissions
            .Where(s => s.ContentHash == hash && SubmissionStatuses.WasLoaded.Contains(s.Status) && s.SubmissionId != except)
            .OrderBy(s => s.SubmissionId)
            .Select(s => (long?)s.SubmissionId)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return id;
    }

    private static async Task FailAsync(WarehouseDbContext db, long submissionId, string reason, DateTime now, CancellationToken ct)
    {
        var submission = await db.EtlSubmissions.SingleAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false);
        if (submission.Status == SubmissionStatuses.Claimed)
        {
            submission.Status = SubmissionStatuses.Failed;
            submission.StatusReason = reason.Length <= 1000 ? reason : reason[..1000];
            submission.StatusChangedAt = now;
        }
    }
}
