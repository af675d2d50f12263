using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Etl.Load;
using VocEd.Etl.Scan;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Claims;

/// <summary>
/// The claim that keeps two workers off the same submission, as database state. One read first (content already
/// loaded? the key's latest version, its current claim), then in one short committed transaction: take over a stale
/// claim of the same replacement key (holder dead or lease expired), register the file
/// (<see cref="SubmissionRegistrar"/>), insert the etl_submission_lock row (its primary key is the replacement key, so
/// a second claim fails), and only then check that the same content has not been loaded meanwhile — three round trips
/// in all (read; register + lock + check in one batch; commit). The load transaction deletes the lock row in the commit
/// that sets the final status, so a worker killed at any point leaves either a finished submission or a stale claim
/// that the next run takes over. The batch also reads what the load starts from (<see cref="ClaimResult.Start"/>).
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

        // One round trip for what decides the claim: the same content already loaded (the common case of a file sent
        // again needs no write), the replacement key's latest version, and the claim on the key, if any.
        var state = await StateAsync(db, scan, key, ct).ConfigureAwait(false);
        if (state.Loaded is { } loaded)
        {
            return ClaimResult.AlreadyLoaded(loaded);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var tookOver = false;
        if (state.Holder is { } holder)
        {
            if (!worker.MayTakeOver(holder, state.HolderExpiresAt.GetValueOrDefault(), now))
            {
                return ClaimResult.Busy(holder);
            }

            var existing = await db.EtlSubmissionLocks.SingleOrDefaultAsync(l => l.LockKey == key, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                await FailAsync(db, existing.SubmissionId, $"claim of {existing.ClaimedBy} taken over by {worker.ClaimedBy}", now, ct).ConfigureAwait(false);
                db.EtlSubmissionLocks.Remove(existing);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                tookOver = true;
            }
        }

        var (submission, registration) = registrar.Prepare(scan, fileName, worker, state.Version + 1);
        long? loadedMeanwhile;
        LoadStart? start;
        try
        {
            // A file that will load — a readable one, as SubmissionProcessor decides (a file of no known kind is not
            // readable) — has its load's start read in the same batch.
            var withStart = scan.IsReadable;
            (loadedMeanwhile, start) = await RegisterAndLockAsync(db, transaction.GetDbTransaction(), submission, [.. registration, ("@key", key), ("@expires", now + lease)],
                ct, withStart, withStart ? FactLoader.StartSchool(scan) : null).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Another worker inserted the same key between our look and our insert — or the batch failed for another
            // reason, which must not pass for a busy key: the key's lock row, read after the rollback, tells which.
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var winner = await db.EtlSubmissionLocks.AsNoTracking().Where(l => l.LockKey == key).Select(l => l.ClaimedBy).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return ClaimResult.Busy(winner);
        }

        if (loadedMeanwhile is { } other)
        {
            db.ChangeTracker.Clear();
            return ClaimResult.AlreadyLoaded(other);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new ClaimResult(ClaimOutcome.Claimed, submission, null, null, tookOver) { Start = start };
    }

    /// <summary>
    /// Claims a submission registered when it was received (<see cref="SubmissionReceiver"/>: status received, failed
    /// for a retry, or claimed by a worker that died), for its load by id. Its version was fixed at receipt, so nothing is registered here: in one
    /// transaction the row goes from waiting to claimed and the key's lock row is inserted (a second worker's claim
    /// fails on it, as in <see cref="ClaimAsync"/>). A load never replaces a version received after it: when a later
    /// version of the key is already loaded, superseded or withdrawn, this one is recorded superseded in the same
    /// transaction and not loaded.
    /// </summary>
    public async Task<ClaimResult> ClaimRegisteredAsync(WarehouseDbContext db, long submissionId, SubmissionScan scan, WorkerIdentity worker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(worker);
        db.ChangeTracker.Clear();
        var submission = await db.EtlSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"no submission {submissionId}", nameof(submissionId));
        if (!IsWaiting(submission.Status))
        {
            return ClaimResult.NotWaiting(submission);
        }

        var key = SubmissionRegistrar.LockKey(scan);
        var now = time.GetUtcNow().UtcDateTime;
        var state = await StateAsync(db, scan, key, ct).ConfigureAwait(false);
        if (state.Loaded is { } loaded && loaded != submissionId)
        {
            return ClaimResult.AlreadyLoaded(loaded);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var tookOver = false;
        if (state.Holder is { } holder)
        {
            if (!worker.MayTakeOver(holder, state.HolderExpiresAt.GetValueOrDefault(), now))
            {
                return ClaimResult.Busy(holder);
            }

            var existing = await db.EtlSubmissionLocks.SingleOrDefaultAsync(l => l.LockKey == key, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                await FailAsync(db, existing.SubmissionId, $"claim of {existing.ClaimedBy} taken over by {worker.ClaimedBy}", now, ct).ConfigureAwait(false);
                db.EtlSubmissionLocks.Remove(existing);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                tookOver = true;
            }
        }

        var claimed = await db.EtlSubmissions
            .Where(s => s.SubmissionId == submissionId && (s.Status == SubmissionStatuses.Received || s.Status == SubmissionStatuses.Failed))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatuses.Claimed)
                .SetProperty(s => s.ClaimedBy, worker.ClaimedBy)
                .SetProperty(s => s.ClaimedAt, now)
                .SetProperty(s => s.LoadRunId, worker.LoadRunId)
                .SetProperty(s => s.StatusReason, (string?)null)
                .SetProperty(s => s.StatusChangedAt, now), ct).ConfigureAwait(false);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var current = await db.EtlSubmissions.AsNoTracking().SingleAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false);

            // Another worker claimed it between the read of the lock and this update (which waited for that claim's
            // commit): that worker holds it, as when its lock row is read first.
            return current.Status == SubmissionStatuses.Claimed && current.ClaimedBy is { } other && !string.Equals(other, worker.ClaimedBy, StringComparison.Ordinal)
                ? ClaimResult.Busy(other)
                : ClaimResult.NotWaiting(current);
        }

        try
        {
            db.EtlSubmissionLocks.Add(new EtlSubmissionLock { LockKey = key, SubmissionId = submissionId, ClaimedBy = worker.ClaimedBy, ClaimedAt = now, ExpiresAt = now + lease });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var winner = await db.EtlSubmissionLocks.AsNoTracking().Where(l => l.LockKey == key).Select(l => l.ClaimedBy).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return ClaimResult.Busy(winner);
        }

        submission.Status = SubmissionStatuses.Claimed;
        submission.ClaimedBy = worker.ClaimedBy;
        submission.ClaimedAt = now;
        submission.LoadRunId = worker.LoadRunId;
        submission.StatusReason = null;
        submission.StatusChangedAt = now;

        // Read with the lock row in: every other load of the key has committed, and none can start before this commits.
        var later = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.Kind == submission.Kind && s.SubmitterCode == submission.SubmitterCode && s.Year == submission.Year
                && s.Version > submission.Version && _finishedLater.Contains(s.Status))
            .OrderByDescending(s => s.Version).Select(s => (long?)s.SubmissionId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (later is { } laterId)
        {
            await db.EtlSubmissions.Where(s => s.SubmissionId == submissionId).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatuses.Superseded)
                .SetProperty(s => s.SupersededBySubmissionId, laterId)
                .SetProperty(s => s.StatusReason, $"version {submission.Version}: a later version (submission {laterId}) was loaded first")
                .SetProperty(s => s.StatusChangedAt, now), ct).ConfigureAwait(false);
            await db.EtlSubmissionLocks.Where(l => l.LockKey == key && l.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            submission.Status = SubmissionStatuses.Superseded;
            return ClaimResult.Superseded(submission, laterId);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new ClaimResult(ClaimOutcome.Claimed, submission, null, null, tookOver);
    }

    /// <summary>
    /// Statuses of a registered submission that a load by id goes on with: received, failed (a retry), or claimed — whose
    /// holder, if still alive, keeps it busy, and whose stale claim is taken over.
    /// </summary>
    public static bool IsWaiting(string status) => status is SubmissionStatuses.Received or SubmissionStatuses.Failed or SubmissionStatuses.Claimed;

    /// <summary>A later version in one of these has been dealt with: an earlier one must not replace it.</summary>
    private static readonly string[] _finishedLater = [SubmissionStatuses.Loaded, SubmissionStatuses.Superseded, SubmissionStatuses.Withdrawn];

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

    private static readonly string _wasLoaded = string.Join(", ", SubmissionStatuses.WasLoaded.Select(v => $"'{v}'"));

    /// <summary>The claim's first read for a key of this submitter and year (known or not): see <see cref="SubmissionRegistrar.SameReplacementKeySql"/>.</summary>
    internal static string StateSql(string? submitter, int? year) => $"""
        select
            (select min(submission_id) from etl_submission where content_hash = @hash and status in ({_wasLoaded})) as loaded,
            (select max(version) from etl_submission where {SubmissionRegistrar.SameReplacementKeySql(submitter, year)}) as version,
            l.claimed_by, l.expires_at
        from (select 1 as one) x
        left join etl_submission_lock l on l.lock_key = @key
        """;

    /// <summary>
    /// One round trip: the registration (its new id set on <paramref name="submission"/>), the lock row (its primary key
    /// is the replacement key, so a second claim fails here with a <see cref="DbException"/>), and after it: has a
    /// worker loaded this content meanwhile (its id; null: no)? One that did has committed by now. With
    /// <paramref name="withStart"/>, also the load's start (<see cref="FactLoader.StartSql"/>, with the versions of
    /// <paramref name="startSchool"/> if one is given), read after the lock row is in: every earlier load of the key
    /// has committed by then, and no other can start until this claim's load commits — the same rows the load would
    /// read at its start, one round trip fewer per file.
    /// </summary>
    internal static async Task<(long? LoadedMeanwhile, LoadStart? Start)> RegisterAndLockAsync(WarehouseDbContext db, DbTransaction transaction, EtlSubmission submission,
        (string Name, object? Value)[] parameters, CancellationToken ct, bool withStart = false, string? startSchool = null)
    {
        var withSchool = withStart && startSchool is not null;
        var sql = SubmissionRegistrar.InsertSql(db.Provider) + ";\n" + LockAndRecheckSql(db.Provider)
            + (withStart ? FactLoader.StartSql(submission.SubmitterCode, submission.Year, withSchool) : string.Empty);
        await using var command = SqlCommands.Create(db.Database.GetDbConnection(), transaction, sql,
            [.. parameters, .. FactLoader.SchoolParameter(withSchool ? startSchool : null)]);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("the registration returned no submission id");
        }

        submission.SubmissionId = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        if (!await reader.NextResultAsync(ct).ConfigureAwait(false) || !await SqlCommands.SkipToColumnsAsync(reader, ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("the claim's recheck returned no result");
        }

        var loadedMeanwhile = await reader.ReadAsync(ct).ConfigureAwait(false) && !reader.IsDBNull(0)
            ? Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)
            : (long?)null;
        if (!withStart || loadedMeanwhile is not null)
        {
            return (loadedMeanwhile, null);
        }

        if (!await reader.NextResultAsync(ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("the claim's batch returned no load start");
        }

        return (null, await FactLoader.ReadStartAsync(reader, submission, withSchool, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// After the registration's INSERT in the same batch: the lock row, naming the submission just inserted (the
    /// provider's last identity of the session), then the recheck, which excludes that submission through the lock row.
    /// </summary>
    internal static string LockAndRecheckSql(WarehouseProvider provider)
    {
        var inserted = provider switch
        {
            WarehouseProvider.Postgres => "lastval()",
            WarehouseProvider.SqlServer => "scope_identity()",
            _ => "last_insert_rowid()",
        };
        return $"""
            insert into etl_submission_lock (lock_key, submission_id, claimed_by, claimed_at, expires_at) values (@key, {inserted}, @by, @now, @expires);
            select min(submission_id) from etl_submission where content_hash = @hash and status in ({_wasLoaded})
                and submission_id <> (select submission_id from etl_submission_lock where lock_key = @key);
            """;
    }

    private static async Task<(long? Loaded, int Version, string? Holder, DateTime? HolderExpiresAt)> StateAsync(WarehouseDbContext db, SubmissionScan scan, string key, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var rows = await SqlCommands.QueryAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), StateSql(scan.Submitter, scan.Year),
            r => (
                r.IsDBNull(0) ? (long?)null : Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
                r.IsDBNull(1) ? 0 : Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? (DateTime?)null : DateTime.SpecifyKind(r.GetDateTime(3), DateTimeKind.Utc)),
            ct,
            [("@hash", scan.ContentHash), ("@key", key), .. SubmissionRegistrar.ReplacementKeyParameters(SubmissionRegistrar.KindName(scan), scan.Submitter, scan.Year)]).ConfigureAwait(false);
        return rows.Single();
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
