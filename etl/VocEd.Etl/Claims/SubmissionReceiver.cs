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
/// Receives a file: registers it as a submission in status received, with its version within its replacement key
/// fixed now, in order of receipt, and keeps the file in the store as <c>{store}/{id}</c>, where its load by id
/// (<see cref="Ingest.IngestRunner.LoadRegisteredAsync"/>) finds it. A file whose content was loaded before is not registered
/// (<see cref="ReceiptOutcome.AlreadyLoaded"/>); nor is one quarantined before for the same reason, when that reason is
/// already known from its first pass (<see cref="ReceiptOutcome.Duplicate"/>). Only a regular file within
/// <see cref="EtlOptions.MaxFileBytes"/> is received (anything else is an <see cref="IOException"/> naming why, never
/// opened or copied), and only under the pseudonym key the warehouse records.
/// </summary>
public sealed class SubmissionReceiver(IWarehouseContextFactory warehouse, ReferenceDataSet reference, Pseudonymizer pseudonymizer, EtlOptions options, TimeProvider time)
{
    private const int _versionAttempts = 20;

    /// <summary>
    /// Receives the file at <paramref name="path"/>. <paramref name="receivedAt"/> keeps a back-load's true receipt time
    /// (default: now). With <paramref name="move"/>, the file leaves <paramref name="path"/> for the store once
    /// registered (an inbox); otherwise it is copied.
    /// </summary>
    public async Task<Receipt> ReceiveAsync(string path, DateTime? receivedAt, bool move, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Ingest.SubmissionFileLister.Name(Path.GetFileName(path));
        var type = SubmissionFiles.TypeOf(path);
        if (type != SubmissionFileType.Regular)
        {
            // Never opened: a FIFO's open waits for a writer, a device reads forever, a link may point at the key file.
            throw new IOException($"{fileName}: not received, not a regular file ({SubmissionFiles.Describe(type)})");
        }

        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            // Not copied into the store: a sparse file of a few blocks would be written out whole.
            throw new IOException(string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: not received, {size} bytes, more than the limit of {options.MaxFileBytes} (Etl:MaxFileBytes)"));
        }

        var context = new WarehouseValidationContext(reference, time);
        await using var db = warehouse.CreateContext();
        await PseudonymKeyRegistry.CheckAsync(db, pseudonymizer.Key, options.PseudonymKeyFile, time, ct).ConfigureAwait(false);
        await context.LoadSchoolsAsync(db, ct).ConfigureAwait(false);
        var scan = new SubmissionScanner(context, pseudonymizer, options).Scan(path, ct);
        var kind = SubmissionRegistrar.KindName(scan);

        var loaded = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.ContentHash == scan.ContentHash && SubmissionStatuses.WasLoaded.Contains(s.Status))
            .OrderBy(s => s.SubmissionId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (loaded is not null)
        {
            return new Receipt(ReceiptOutcome.AlreadyLoaded, loaded.SubmissionId, loaded.Kind, loaded.SubmitterCode, loaded.Year, loaded.Version, fileName);
        }

        if (scan.Problem is { } problem)
        {
            var reason = Quarantine.SubmissionQuarantiner.Reason(problem);
            var same = await db.EtlSubmissions.AsNoTracking()
                .Where(s => s.ContentHash == scan.ContentHash && s.Status == SubmissionStatuses.Quarantined && s.StatusReason == reason)
                .OrderByDescending(s => s.SubmissionId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (same is not null)
            {
                return new Receipt(ReceiptOutcome.Duplicate, same.SubmissionId, same.Kind, same.SubmitterCode, same.Year, same.Version, fileName);
            }
        }

        var store = Directory.CreateDirectory(options.StoreDirectory).FullName;
        var incoming = Path.Combine(store, ".incoming-" + Guid.NewGuid().ToString("N"));
        using (var source = SubmissionFiles.OpenRead(path, sequential: true))
        using (var target = new FileStream(incoming, FileMode.CreateNew, FileAccess.Write))
        {
            await source.CopyToAsync(target, ct).ConfigureAwait(false);
        }

        try
        {
            var submission = await RegisterAsync(db, scan, fileName, receivedAt ?? time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            File.Move(incoming, StoredPath(options, submission.SubmissionId), overwrite: true);
            if (move)
            {
                File.Delete(path);
            }

            return new Receipt(ReceiptOutcome.Registered, submission.SubmissionId, submission.Kind, submission.SubmitterCode, submission.Year, submission.Version, fileName);
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    /// <summary>Where the store keeps a registered submission's file.</summary>
    public static string StoredPath(EtlOptions options, long submissionId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(Path.GetFullPath(options.StoreDirectory), submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Inserts the etl_submission row with the key's next version. Two receipts of one key at once may pick the same
    /// version: the unique index on (kind, submitter, year, version) refuses the second, which reads the version again.
    /// </summary>
    private async Task<EtlSubmission> RegisterAsync(WarehouseDbContext db, SubmissionScan scan, string fileName, DateTime receivedAt, CancellationToken ct)
    {
        var kind = SubmissionRegistrar.KindName(scan);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var latest = await db.EtlSubmissions.AsNoTracking()
                .Where(s => s.Kind == kind && s.SubmitterCode == scan.Submitter && s.Year == scan.Year)
                .MaxAsync(s => (int?)s.Version, ct).ConfigureAwait(false) ?? 0;
            var now = time.GetUtcNow().UtcDateTime;
            var submission = new EtlSubmission
            {
                Kind = kind,
                SubmitterCode = scan.Submitter,
                Year = scan.Year,
                ContentHash = scan.ContentHash,
                FileName = fileName,
                FileFormat = SubmissionRegistrar.FormatName(scan.Format),
                Encoding = scan.Encoding,
                SizeBytes = scan.FileBytes,
                ReceivedAt = receivedAt,
                Version = latest + 1,
                Status = SubmissionStatuses.Received,
                StatusChangedAt = now,
            };
            db.EtlSubmissions.Add(submission);
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return submission;
            }
            catch (DbUpdateException) when (attempt < _versionAttempts)
            {
                // Another receipt of the key took this version first: read the latest again, after a short random pause
                // so that receipts racing for one key do not keep colliding.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), ct).ConfigureAwait(false);
            }
        }
    }
}
