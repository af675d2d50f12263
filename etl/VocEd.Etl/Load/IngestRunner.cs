using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VocEd.Etl.Pipeline;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Load;

/// <summary>
/// One ingest run over files and folders: purge expired quarantined files; record the run in etl_load_run; order the
/// files by the kind their header names (school_profile, regional_industry, enrollment, graduate_destination;
/// unreadable first) and ordinal path; then, one submission at a time in that order: scan it (hash, format,
/// encoding, kind, submitter, year, or why it cannot be read — on a worker thread, a few files ahead), claim it,
/// load it in one transaction or quarantine it, release the claim. One bad file never stops the batch.
/// </summary>
public sealed class IngestRunner
{
    private static readonly SubmissionKind[] _kindOrder = [SubmissionKind.SchoolProfile, SubmissionKind.RegionalIndustry, SubmissionKind.Enrollment, SubmissionKind.GraduateDestination];
    private readonly WarehouseOptions _warehouse;
    private readonly ReferenceDataSet _reference;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly EtlOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public IngestRunner(WarehouseOptions warehouse, ReferenceDataSet reference, Pseudonymizer pseudonymizer, EtlOptions options, TimeProvider time, ILogger<IngestRunner>? logger = null)
    {
        _warehouse = warehouse;
        _reference = reference;
        _pseudonymizer = pseudonymizer;
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>cli or job (etl_load_run.triggered_by).</summary>
    public string TriggeredBy { get; init; } = "cli";

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var files = SubmissionFileLister.List(paths);
        var store = new QuarantineStore(_options.QuarantineDirectory, TimeSpan.FromDays(_options.QuarantineRetentionDays), _time);
        var purged = store.Purge();
        if (purged > 0)
        {
            IngestLog.Purged(_logger, purged);
        }

        await using var db = WarehouseDbContextFactory.Create(_warehouse);
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        var run = await StartRunAsync(db, files.Count, ct).ConfigureAwait(false);
        IngestLog.RunStarted(_logger, run.LoadRunId, files.Count);
        var outcomes = new List<SubmissionOutcome>();
        var timings = new IngestTimings();
        try
        {
            var context = new WarehouseValidationContext(_reference, _time);
            await context.LoadSchoolsAsync(db, ct).ConfigureAwait(false);
            var keys = await DimensionKeys.LoadAsync(db, ct).ConfigureAwait(false);
            var scanner = new SubmissionScanner(context, _pseudonymizer, _options);
            // The processing order comes from a look at each file's header (its kind); the full scans (hash, first
            // pass) then run on a worker thread a few files ahead of the loads, in that order.
            var ordered = files
                .Select(file => (File: file, Rank: KindRank(scanner.PeekKind(file.FullPath))))
                .OrderBy(f => f.Rank).ThenBy(f => f.File.FileName, StringComparer.Ordinal)
                .Select(f => f.File)
                .ToList();
            var scanCount = 0;
            var scans = ReadAhead.Of(
                ordered.Select(file =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var scan = scanner.Scan(file.FullPath, ct);
                    timings.AddScan(started);
                    progress?.Report(new IngestProgress("scan", Interlocked.Increment(ref scanCount), files.Count, 0, 0, 0, clock.Elapsed));
                    return (File: file, Scan: scan);
                }),
                chunkSize: 1,
                chunks: 16,
                ct);

            var worker = WorkerIdentity.Current(run.LoadRunId);
            var processor = new SubmissionProcessor(
                new SubmissionClaimer(new SubmissionRegistrar(_time), _time, TimeSpan.FromMinutes(_options.ClaimLeaseMinutes)),
                new FactLoader(keys, new SchoolVersioner(keys), _options, _time) { BatchSize = _options.BulkCopyBatchSize },
                new SubmissionQuarantiner(store, _options, _time) { BatchSize = _options.BulkCopyBatchSize },
                context,
                worker,
                _logger,
                timings);
            long read = 0, loaded = 0, rejected = 0;
            foreach (var (file, scan) in scans)
            {
                var baseRead = read;
                var outcome = await processor.ProcessAsync(db, file, scan, r => progress?.Report(new IngestProgress("load", outcomes.Count, files.Count, baseRead + r, loaded, rejected, clock.Elapsed)), ct).ConfigureAwait(false);
                outcomes.Add(outcome);
                read += outcome.RowsRead;
                loaded += outcome.RowsLoaded;
                rejected += outcome.RowsRejected;
                progress?.Report(new IngestProgress("load", outcomes.Count, files.Count, read, loaded, rejected, clock.Elapsed));
            }
        }
        catch (OperationCanceledException)
        {
            await FinishRunAsync(db, run, outcomes, "cancelled", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await FinishRunAsync(db, run, outcomes, "failed", CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var summary = new IngestSummary(run.LoadRunId, outcomes, purged, clock.Elapsed) { Timings = timings };
        await FinishRunAsync(db, run, outcomes, summary.Failed > 0 ? "failed" : "succeeded", ct).ConfigureAwait(false);
        IngestLog.RunFinished(_logger, run.LoadRunId, summary.Loaded, summary.Quarantined, summary.Skipped + summary.Busy, summary.Failed, summary.RowsRead, summary.RowsLoaded, summary.RowsRejected);
        return summary;
    }

    /// <summary>Processing order: by kind (unreadable files and unknown kinds first), then by path.</summary>
    private static int KindRank(SubmissionKind? kind) => kind is { } k ? Array.IndexOf(_kindOrder, k) : -1;

    private async Task<EtlLoadRun> StartRunAsync(WarehouseDbContext db, int files, CancellationToken ct)
    {
        var run = new EtlLoadRun
        {
            StartedAt = _time.GetUtcNow().UtcDateTime,
            TriggeredBy = TriggeredBy,
            Host = Environment.MachineName,
            Status = "running",
            FilesSeen = files,
        };
        db.EtlLoadRuns.Add(run);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return run;
    }

    private async Task FinishRunAsync(WarehouseDbContext db, EtlLoadRun run, List<SubmissionOutcome> outcomes, string status, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var summary = new IngestSummary(run.LoadRunId, outcomes, 0, TimeSpan.Zero);
        var row = await db.EtlLoadRuns.SingleAsync(r => r.LoadRunId == run.LoadRunId, ct).ConfigureAwait(false);
        row.FinishedAt = _time.GetUtcNow().UtcDateTime;
        row.Status = status;
        row.SubmissionsLoaded = summary.Loaded;
        row.SubmissionsQuarantined = summary.Quarantined;
        row.SubmissionsSkipped = summary.Skipped + summary.Busy;
        row.RowsRead = summary.RowsRead;
        row.RowsLoaded = summary.RowsLoaded;
        row.RowsRejected = summary.RowsRejected;
        row.Message = $"{summary.Skipped} identical to a loaded submission, {summary.Busy} claimed by another worker, {summary.Failed} failed";
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }
}
