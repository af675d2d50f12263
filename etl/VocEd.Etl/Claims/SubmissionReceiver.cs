using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Scan;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Claims;

/// <summary>
/// Receives files: registers each as a submission in status received, with its version within its replacement key
/// fixed now, in order of receipt, and keeps the file in the store as <c>{store}/{id}</c>, where its load by id
/// (<see cref="Ingest.IngestRunner.LoadRegisteredAsync"/>) finds it. A file whose content was loaded before is not registered
/// (<see cref="ReceiptOutcome.AlreadyLoaded"/>); nor is one quarantined before for the same reason, when that reason is
/// already known from its first pass (<see cref="ReceiptOutcome.Duplicate"/>). Only a regular file within
/// <see cref="EtlOptions.MaxFileBytes"/> is read: anything else is never opened or copied, and registered in status
/// refused with the reason (<see cref="ReceiptOutcome.Refused"/>). Receipt is under the pseudonym key the warehouse
/// records only.
/// </summary>
/// <remarks>
/// A batch of files costs one connection, one key check and one read of the school list, then a few statements and
/// one transaction per <see cref="BatchSize"/> files: an inbox of many small files is received in about the time
/// its bytes take to hash. When files leave their folder (<c>move</c>), each is first claimed by renaming it to a
/// hidden name beside it (<see cref="ClaimPrefix"/>); a rename succeeds for one process only, so two workers scanning
/// one inbox at once never register a file twice.
/// </remarks>
public sealed class SubmissionReceiver(IWarehouseContextFactory warehouse, ReferenceDataSet reference, Pseudonymizer pseudonymizer, EtlOptions options, TimeProvider time)
{
    /// <summary>The start of the hidden name a file being received is renamed to (then <c>{unix ms}-{guid}-{name}</c>).</summary>
    public const string ClaimPrefix = ".receiving-";

    /// <summary>The start of the hidden name a refused file is left under in its folder (then <c>{id}-{name}</c>).</summary>
    public const string RefusedPrefix = ".refused-";

    /// <summary>The reason code of a refused path that is not a regular file.</summary>
    public const string NotRegularFile = "file_not_regular";

    /// <summary>The reason code of a refused file over <see cref="EtlOptions.MaxFileBytes"/>.</summary>
    public const string TooLarge = "file_too_large";

    /// <summary>Files registered in one transaction.</summary>
    internal const int BatchSize = 100;

    private const int _versionAttempts = 20;

    /// <summary>
    /// Receives the file at <paramref name="path"/>. <paramref name="receivedAt"/> keeps a back-load's true receipt time
    /// (default: now). With <paramref name="move"/>, the file leaves <paramref name="path"/> for the store once
    /// registered (an inbox); otherwise it is copied. Throws <see cref="FileNotFoundException"/> when the file is gone
    /// (or another process took it first).
    /// </summary>
    public async Task<Receipt> ReceiveAsync(string path, DateTime? receivedAt, bool move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var receipts = await ReceiveAllAsync([path], receivedAt, move, ct).ConfigureAwait(false);
        return receipts.Count == 1 ? receipts[0] : throw new FileNotFoundException("not received: the file is gone", Path.GetFileName(path));
    }

    /// <summary>
    /// Receives <paramref name="paths"/> in the order given, which is their order of receipt: their submission ids and
    /// versions follow it. A path that is gone, or that another process claimed first, has no receipt.
    /// </summary>
    public async Task<IReadOnlyList<Receipt>> ReceiveAllAsync(IReadOnlyList<string> paths, DateTime? receivedAt, bool move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var receipts = new List<Receipt>(paths.Count);
        if (paths.Count == 0)
        {
            return receipts;
        }

        var context = new WarehouseValidationContext(reference, time);
        await using var db = warehouse.CreateContext();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await PseudonymKeyRegistry.CheckAsync(db, pseudonymizer.Key, options.PseudonymKeyFile, time, ct).ConfigureAwait(false);
        await context.LoadSchoolsAsync(db, ct).ConfigureAwait(false);
        var scanner = new SubmissionScanner(context, pseudonymizer, options);
        foreach (var chunk in paths.Chunk(BatchSize))
        {
            var incoming = new List<Incoming>(chunk.Length);
            foreach (var path in chunk)
            {
                ct.ThrowIfCancellationRequested();
                if (Take(path, scanner, move, ct) is { } file)
                {
                    incoming.Add(file);
                }
            }

            await RegisterAsync(db, incoming, receivedAt ?? time.GetUtcNow().UtcDateTime, move, receipts, ct).ConfigureAwait(false);
        }

        return receipts;
    }

    /// <summary>Where the store keeps a registered submission's file.</summary>
    public static string StoredPath(EtlOptions options, long submissionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(Path.GetFullPath(options.StoreDirectory), submissionId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The time a claim of <see cref="ClaimPrefix"/> was made, from its name; null for any other name. A scan gives
    /// back a claim left by a process that died receiving it.
    /// </summary>
    public static DateTimeOffset? ClaimedAt(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!fileName.StartsWith(ClaimPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = fileName.AsSpan(ClaimPrefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0 && long.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
    }

    /// <summary>The name a claim had before (what follows the prefix, the time and the guid); null for any other name.</summary>
    public static string? UnclaimedName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (ClaimedAt(fileName) is null)
        {
            return null;
        }

        var parts = fileName[ClaimPrefix.Length..].Split('-', 3);
        return parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null;
    }

    /// <summary>
    /// Claims (when moving) and scans one file; null when it is gone or taken. A path that is not a regular file, or
    /// is over the size limit, is refused without being opened.
    /// </summary>
    private Incoming? Take(string path, SubmissionScanner scanner, bool move, CancellationToken ct)
    {
        var fileName = Ingest.SubmissionFileLister.Name(Path.GetFileName(path));
        var type = SubmissionFiles.TypeOf(path);
        if (type == SubmissionFileType.Missing)
        {
            return null;
        }

        var source = path;
        if (move)
        {
            source = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!,
                string.Create(CultureInfo.InvariantCulture, $"{ClaimPrefix}{time.GetUtcNow().ToUnixTimeMilliseconds()}-{Guid.NewGuid():N}-{Path.GetFileName(path)}"));
            try
            {
                // rename(2): one process wins; the link, FIFO or device itself is renamed, never opened.
                File.Move(path, source);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }

            type = SubmissionFiles.TypeOf(source);
        }

        if (type != SubmissionFileType.Regular)
        {
            // Never opened: a FIFO's open waits for a writer, a device reads forever, a link may point at the key file.
            return new Incoming(path, source, fileName, null, 0, $"{NotRegularFile}: not a regular file ({SubmissionFiles.Describe(type)})");
        }

        var size = new FileInfo(source).Length;
        if (size > options.MaxFileBytes)
        {
            // Not hashed nor copied into the store: a sparse file of a few blocks would be read and written out whole.
            return new Incoming(path, source, fileName, null, size, string.Create(CultureInfo.InvariantCulture,
                $"{TooLarge}: {size} bytes, more than the limit of {options.MaxFileBytes} (Etl:MaxFileBytes)"));
        }

        return new Incoming(path, source, fileName, scanner.Scan(source, ct), size, null);
    }

    /// <summary>
    /// Registers one batch: what was loaded or quarantined before is looked up for the whole batch at once; the new
    /// submissions get their versions and ids in the batch's order, in one transaction. Two receipts of one key at
    /// once may pick the same version: the unique index on (kind, submitter, year, version) refuses the second
    /// transaction, which reads the versions again.
    /// </summary>
    private async Task RegisterAsync(WarehouseDbContext db, List<Incoming> batch, DateTime receivedAt, bool move, List<Receipt> receipts, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var hashes = batch.Where(f => f.Scan is not null).Select(f => f.Scan!.ContentHash).Distinct(StringComparer.Ordinal).ToList();
        var earlier = await db.EtlSubmissions.AsNoTracking()
            .Where(s => hashes.Contains(s.ContentHash) && (SubmissionStatuses.WasLoaded.Contains(s.Status) || s.Status == SubmissionStatuses.Quarantined))
            .Select(s => new { s.SubmissionId, s.ContentHash, s.Status, s.StatusReason, s.Kind, s.SubmitterCode, s.Year, s.Version })
            .ToListAsync(ct).ConfigureAwait(false);
        var loadedByHash = earlier.Where(s => SubmissionStatuses.WasLoaded.Contains(s.Status)).GroupBy(s => s.ContentHash, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(s => s.SubmissionId)!, StringComparer.Ordinal);

        var fresh = new List<Incoming>(batch.Count);
        foreach (var file in batch)
        {
            if (file.Scan is { } scan && loadedByHash.TryGetValue(scan.ContentHash, out var loaded))
            {
                receipts.Add(new Receipt(ReceiptOutcome.AlreadyLoaded, loaded.SubmissionId, loaded.Kind, loaded.SubmitterCode, loaded.Year, loaded.Version, file.FileName));
                Done(file, move);
                continue;
            }

            if (file.Scan is { Problem: { } problem } quarantinable)
            {
                var reason = Quarantine.SubmissionQuarantiner.Reason(problem);
                var same = earlier.Where(s => s.Status == SubmissionStatuses.Quarantined && s.ContentHash == quarantinable.ContentHash && s.StatusReason == reason)
                    .MaxBy(s => s.SubmissionId);
                if (same is not null)
                {
                    receipts.Add(new Receipt(ReceiptOutcome.Duplicate, same.SubmissionId, same.Kind, same.SubmitterCode, same.Year, same.Version, file.FileName));
                    Done(file, move);
                    continue;
                }
            }

            fresh.Add(file);
        }

        if (fresh.Count == 0)
        {
            return;
        }

        // The copies into the store are made before the transaction, which then stays short.
        var store = Directory.CreateDirectory(options.StoreDirectory).FullName;
        var copies = new Dictionary<Incoming, string>();
        try
        {
            foreach (var file in fresh.Where(f => f.Scan is not null))
            {
                var copy = Path.Combine(store, ".incoming-" + Guid.NewGuid().ToString("N"));
                copies[file] = copy;
                using var source = SubmissionFiles.OpenRead(file.Source, sequential: true);
                using var target = new FileStream(copy, FileMode.CreateNew, FileAccess.Write);
                await source.CopyToAsync(target, ct).ConfigureAwait(false);
            }

            var submissions = await InsertAsync(db, fresh, receivedAt, ct).ConfigureAwait(false);
            for (var i = 0; i < fresh.Count; i++)
            {
                var (file, submission) = (fresh[i], submissions[i]);
                if (copies.TryGetValue(file, out var copy))
                {
                    File.Move(copy, StoredPath(options, submission.SubmissionId), overwrite: true);
                    Done(file, move);
                    receipts.Add(new Receipt(ReceiptOutcome.Registered, submission.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, submission.Version, file.FileName));
                }
                else
                {
                    if (move)
                    {
                        // Left beside where it came, hidden (later scans pass it by) and named by its submission.
                        var folder = Path.GetDirectoryName(file.Source)!;
                        File.Move(file.Source, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{RefusedPrefix}{submission.SubmissionId}-{Path.GetFileName(file.Path)}")));
                    }

                    receipts.Add(new Receipt(ReceiptOutcome.Refused, submission.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, submission.Version, file.FileName)
                    {
                        Reason = submission.StatusReason,
                    });
                }
            }
        }
        finally
        {
            foreach (var copy in copies.Values)
            {
                File.Delete(copy);
            }
        }
    }

    /// <summary>Inserts the batch's etl_submission rows in its order, each with its key's next version, in one transaction.</summary>
    private async Task<List<EtlSubmission>> InsertAsync(WarehouseDbContext db, List<Incoming> files, DateTime receivedAt, CancellationToken ct)
    {
        var submitters = files.Select(f => f.Scan?.Submitter).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var latest = (await db.EtlSubmissions.AsNoTracking()
                    .Where(s => s.SubmitterCode != null && s.Year != null && submitters.Contains(s.SubmitterCode))
                    .GroupBy(s => new { s.Kind, s.SubmitterCode, s.Year })
                    .Select(g => new { g.Key.Kind, g.Key.SubmitterCode, g.Key.Year, Version = g.Max(s => s.Version) })
                    .ToListAsync(ct).ConfigureAwait(false))
                .ToDictionary(v => (v.Kind, v.SubmitterCode, v.Year), v => v.Version);
            var now = time.GetUtcNow().UtcDateTime;
            var submissions = new List<EtlSubmission>(files.Count);
            foreach (var file in files)
            {
                var submission = file.Scan is { } scan ? Received(scan, file, receivedAt, now) : Refused(file, receivedAt, now);
                if (submission.SubmitterCode is not null && submission.Year is not null)
                {
                    var key = (submission.Kind, submission.SubmitterCode, submission.Year);
                    submission.Version = latest.GetValueOrDefault(key) + 1;
                    latest[key] = submission.Version;
                }
                else
                {
                    submission.Version = 1;
                }

                db.EtlSubmissions.Add(submission);
                submissions.Add(submission);
            }

            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return submissions;
            }
            catch (DbUpdateException) when (attempt < _versionAttempts)
            {
                await transaction.RollbackAsync(ct).ConfigureAwait(false);

                // Another receipt of a key took a version first: read the latest again, after a short random pause so
                // that receipts racing for one key do not keep colliding.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), ct).ConfigureAwait(false);
            }
        }
    }

    private static EtlSubmission Received(SubmissionScan scan, Incoming file, DateTime receivedAt, DateTime now) => new()
    {
        Kind = SubmissionRegistrar.KindName(scan),
        SubmitterCode = scan.Submitter,
        Year = scan.Year,
        ContentHash = scan.ContentHash,
        FileName = file.FileName,
        FileFormat = SubmissionRegistrar.FormatName(scan.Format),
        Encoding = scan.Encoding,
        SizeBytes = scan.FileBytes,
        ReceivedAt = receivedAt,
        Status = SubmissionStatuses.Received,
        StatusChangedAt = now,
    };

    /// <summary>A refusal's row: no kind, submitter or content hash (nothing was read), its reason.</summary>
    private static EtlSubmission Refused(Incoming file, DateTime receivedAt, DateTime now) => new()
    {
        Kind = SubmissionRegistrar.UnknownKind,
        ContentHash = string.Empty,
        FileName = file.FileName,
        SizeBytes = file.Size,
        ReceivedAt = receivedAt,
        Status = SubmissionStatuses.Refused,
        StatusReason = file.Refusal,
        StatusChangedAt = now,
    };

    /// <summary>A file done with (registered, or its content known already): when moving, its claimed copy goes.</summary>
    private static void Done(Incoming file, bool move)
    {
        if (move)
        {
            File.Delete(file.Source);
        }
    }

    /// <summary>A file taken for receipt: where it was, where it is read from (its claim), its first pass or why it is refused.</summary>
    private sealed record Incoming(string Path, string Source, string FileName, SubmissionScan? Scan, long Size, string? Refusal);
}
