using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VocEd.Etl.Claims;
using VocEd.Etl.Conform;
using VocEd.Etl.Infrastructure;
using VocEd.Etl.Load;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Quarantine;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Ingest;

/// <summary>
/// One ingest run over files and folders: purge expired quarantined files; record the run in etl_load_run; order the
/// files by the kind their header names (school_profile, regional_industry, enrollment, graduate_destination;
/// unreadable first) and ordinal path; then, in that order: scan each file (hash, format, encoding, kind, submitter,
/// year, or why it cannot be read — on a worker thread, a few files ahead), claim it, load it in one transaction or
/// quarantine it, release the claim. Unreadable files go one at a time; on server databases the rest go to
/// <see cref="WorkerCount"/> workers side by side, first the dimension files (school_profile, regional_industry), then,
/// once those are all loaded, the fact files (enrollment, graduate). One bad file never stops the batch: a path that
/// is not a regular file inside the folders given is refused unread, a file that fails in any way is that file's failure.
/// Before anything, the pseudonym key is checked against the warehouse's (<see cref="PseudonymKeyRegistry"/>) and runs
/// left running by a process that is gone are marked abandoned.
/// </summary>
public sealed class IngestRunner
{
    private static readonly SubmissionKind[] _kindOrder = [SubmissionKind.SchoolProfile, SubmissionKind.RegionalIndustry, SubmissionKind.Enrollment, SubmissionKind.GraduateDestination];

    /// <summary>Files ranked from here on (enrollment, graduate_destination) only add facts; they load once every dimension file is done.</summary>
    private static readonly int _factsFromRank = Array.IndexOf(_kindOrder, SubmissionKind.Enrollment);
    private readonly WarehouseOptions _warehouse;
    private readonly ReferenceDataSet _reference;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly EtlOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public IngestRunner(WarehouseOptions warehouse, ReferenceDataSet reference, Pseudonymizer pseudonymizer, EtlOptions options, TimeProvider time, ILogger<IngestRunner>? logger = null)
    {
        _warehouse = ForIngest(warehouse);
        _reference = reference;
        _pseudonymizer = pseudonymizer;
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>cli or job (etl_load_run.triggered_by).</summary>
    public string TriggeredBy { get; init; } = "cli";

    /// <summary>
    /// Where <see cref="LoadRegisteredAsync"/> takes the reference dimensions' keys from: a worker's jobs share one cache;
    /// without it each load reads them.
    /// </summary>
    public DimensionKeysCache? KeyCache { get; init; }

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var runStarted = Stopwatch.GetTimestamp();
        var listed = SubmissionFileLister.ListAll(paths);
        var files = listed.Where(f => f.Refusal is null).ToList();
        var refused = listed.Where(f => f.Refusal is not null).ToList();
        var store = new QuarantineStore(_options.QuarantineDirectory, TimeSpan.FromDays(_options.QuarantineRetentionDays), _time);
        var purged = store.Purge();
        if (purged > 0)
        {
            IngestLog.Purged(_logger, purged);
        }

        await using var db = WarehouseDbContextFactory.Create(_warehouse);
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        await PseudonymKeyRegistry.CheckAsync(db, _pseudonymizer.Key, _options.PseudonymKeyFile, _time, ct).ConfigureAwait(false);
        if (_pseudonymizer.FastPathRefused)
        {
            IngestLog.HmacFastPathRefused(_logger);
        }

        await using var checkpointer = await CheckpointInBackgroundAsync(db, ct).ConfigureAwait(false);
        await AbandonStaleRunsAsync(db, ct).ConfigureAwait(false);
        var run = await StartRunAsync(db, listed.Count, ct).ConfigureAwait(false);
        IngestLog.RunStarted(_logger, run.LoadRunId, listed.Count);
        var outcomes = new List<SubmissionOutcome>();
        foreach (var path in refused)
        {
            IngestLog.Refused(_logger, path.Refusal!);
            outcomes.Add(new SubmissionOutcome(path.FileName, null, "unknown", null, null, SubmissionOutcome.Refused, path.Refusal,
                0, 0, 0, 0, SubmissionOutcome.NoRules, null));
        }

        var timings = new IngestTimings();
        var workers = WorkerCount(_warehouse.Provider, _options.Workers);
        try
        {
            var context = new WarehouseValidationContext(_reference, _time);
            await context.LoadSchoolsAsync(db, ct).ConfigureAwait(false);
            var keys = await DimensionKeys.LoadAsync(db, ct).ConfigureAwait(false);
            var scanner = new SubmissionScanner(context, _pseudonymizer, _options);
            // The processing order comes from a look at each file's header (its kind), on every core (a national sample has
            // tens of thousands of files); the full scans (hash, first pass) then run on a worker thread a
            // few files ahead of the loads, in that order.
            var ranks = new int[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct }, i => ranks[i] = KindRank(scanner.PeekKind(files[i].FullPath)));
            var ordered = files
                .Select((file, i) => (File: file, Rank: ranks[i]))
                .OrderBy(f => f.Rank).ThenBy(f => f.File.FileName, StringComparer.Ordinal)
                .ToList();
            var scanCount = 0;
            var scans = ReadAhead.Of(
                ordered.Select(f =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var scan = scanner.Scan(f.File.FullPath, ct);
                    timings.AddScan(started);
                    progress?.Report(new IngestProgress("scan", Interlocked.Increment(ref scanCount), files.Count, 0, 0, 0, clock.Elapsed));
                    return (f.File, f.Rank, Scan: scan);
                }),
                chunkSize: 1,
                chunks: 16,
                ct);

            var worker = WorkerIdentity.Current(run.LoadRunId);
            SubmissionProcessor NewProcessor() => Processor(keys, context, store, worker, timings, readAhead: workers < Environment.ProcessorCount);
            var tally = new RunTally(progress, files.Count, clock);
            var processor = NewProcessor();
            timings.AddPrepare(runStarted);
            using var pending = scans.GetEnumerator();
            var index = 0;
            while (NextScan())
            {
                var (file, rank, scan) = pending.Current;
                if (workers > 1 && rank >= 0)
                {
                    // From here on the files go to several workers, each with its own connection, in two phases: the
                    // dimension files (one school's or region's files, all years, on the same worker: a school's
                    // versions are rebuilt from all its years), then — once every dimension file is done — the facts
                    // (one replacement key always on the same worker).
                    var more = true;
                    while (more)
                    {
                        var dimensions = pending.Current.Rank < _factsFromRank;
                        (more, index) = await RunWorkersAsync(workers, index, pending, NewProcessor, tally, outcomes, dimensions, ct).ConfigureAwait(false);
                    }

                    break;
                }

                var rows = tally.Start();
                var outcome = await processor.ProcessAsync(db, file, scan, rows.Read, ct).ConfigureAwait(false);
                outcomes.Add(outcome);
                tally.Done(rows, outcome);
                index++;
            }

            // The next file's scan, and how long the loads waited for it.
            bool NextScan()
            {
                var waitStarted = Stopwatch.GetTimestamp();
                var more = pending.MoveNext();
                timings.AddScanWait(waitStarted);
                return more;
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

        var summary = new IngestSummary(run.LoadRunId, outcomes, purged, clock.Elapsed) { Timings = timings, Workers = workers };
        await FinishRunAsync(db, run, outcomes, summary.Failed > 0 ? "failed" : "succeeded", ct).ConfigureAwait(false);
        var analyze = FactStatistics.TablesToAnalyze(outcomes, _options.AnalyzeAfterRows);
        if (await FactStatistics.AnalyzeAsync(db, analyze, ct).ConfigureAwait(false))
        {
            IngestLog.Analyzed(_logger, analyze);
        }

        IngestLog.RunFinished(_logger, run.LoadRunId, summary.Loaded, summary.Quarantined, summary.Skipped + summary.Busy + summary.Duplicates, summary.Failed, summary.RowsRead, summary.RowsLoaded, summary.RowsRejected);
        return summary;
    }

    /// <summary>
    /// Loads one submission registered when it was received (<see cref="SubmissionReceiver"/>), by its id: its file from
    /// the store, claimed as <see cref="SubmissionClaimer.ClaimRegisteredAsync"/> says, loaded or quarantined in one
    /// transaction, recorded as a run of its own in etl_load_run. A submission that is no longer waiting (loaded,
    /// quarantined, superseded …) is left as it is and its status returned: calling this twice loads once. As in
    /// <see cref="RunAsync"/>, the pseudonym key is checked against the warehouse's first and abandoned runs are marked.
    /// </summary>
    public async Task<SubmissionOutcome> LoadRegisteredAsync(long submissionId, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(_warehouse);
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        await PseudonymKeyRegistry.CheckAsync(db, _pseudonymizer.Key, _options.PseudonymKeyFile, _time, ct).ConfigureAwait(false);
        if (_pseudonymizer.FastPathRefused)
        {
            IngestLog.HmacFastPathRefused(_logger);
        }

        var registered = await db.EtlSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"no submission {submissionId}", nameof(submissionId));
        var file = new SubmissionFile(SubmissionReceiver.StoredPath(_options, submissionId), registered.FileName);
        if (!SubmissionClaimer.IsWaiting(registered.Status))
        {
            return SubmissionOutcome.Of(registered);
        }

        await AbandonStaleRunsAsync(db, ct).ConfigureAwait(false);
        var run = await StartRunAsync(db, 1, ct).ConfigureAwait(false);
        var outcomes = new List<SubmissionOutcome>();
        try
        {
            if (!File.Exists(file.FullPath))
            {
                throw new FileNotFoundException($"submission {submissionId}: its file is not in the store ({file.FullPath})");
            }

            var context = new WarehouseValidationContext(_reference, _time);
            await context.LoadSchoolsAsync(db, ct).ConfigureAwait(false);
            var keys = KeyCache is { } cache ? await cache.GetAsync(db, ct).ConfigureAwait(false) : await DimensionKeys.LoadAsync(db, ct).ConfigureAwait(false);
            var store = new QuarantineStore(_options.QuarantineDirectory, TimeSpan.FromDays(_options.QuarantineRetentionDays), _time);
            var scan = new SubmissionScanner(context, _pseudonymizer, _options).Scan(file.FullPath, ct);
            if (!string.Equals(scan.ContentHash, registered.ContentHash, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"submission {submissionId}: the stored file is not the one received (content hash changed)");
            }

            var processor = Processor(keys, context, store, WorkerIdentity.Current(run.LoadRunId), new IngestTimings(), readAhead: true);
            outcomes.Add(await processor.ProcessRegisteredAsync(db, submissionId, file, scan, ct).ConfigureAwait(false));
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

        var outcome = outcomes[0];
        await FinishRunAsync(db, run, outcomes, outcome.Status == SubmissionStatuses.Failed ? "failed" : "succeeded", ct).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>One worker's unit of work: claim, load or quarantine, release.</summary>
    private SubmissionProcessor Processor(DimensionKeys keys, WarehouseValidationContext context, QuarantineStore store, WorkerIdentity worker, IngestTimings timings, bool readAhead) => new(
        new SubmissionClaimer(new SubmissionRegistrar(_time, _options.ReceivedAt), _time, TimeSpan.FromMinutes(_options.ClaimLeaseMinutes)),
        new FactLoader(keys, new SchoolVersioner(keys), _options, _time) { BatchSize = _options.BulkCopyBatchSize, ReadAhead = readAhead },
        new SubmissionQuarantiner(store, _options, _time) { BatchSize = _options.BulkCopyBatchSize },
        context,
        worker,
        _logger,
        timings);

    /// <summary>
    /// The ingest's connections: on PostgreSQL with Npgsql's automatic preparation (unless the connection string sets
    /// it), since every file repeats the same few statements — claim, start, finish — which the server would otherwise
    /// parse and plan anew each time (docs/decisions/0014-statements-fit-for-generic-plans.md).
    /// </summary>
    internal static WarehouseOptions ForIngest(WarehouseOptions warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (warehouse.Provider != WarehouseProvider.Postgres)
        {
            return warehouse;
        }

        var builder = new NpgsqlConnectionStringBuilder(warehouse.ConnectionString);
        if (builder.MaxAutoPrepare > 0 || warehouse.ConnectionString.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            return warehouse; // the operator chose (0 turns it off)
        }

        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        return warehouse with { ConnectionString = builder.ConnectionString };
    }

    /// <summary>
    /// SQLite: the write-ahead log is checkpointed on a second connection and thread while this one writes (see
    /// <see cref="SqliteBackgroundCheckpointer"/>); null on the server databases.
    /// </summary>
    private async Task<SqliteBackgroundCheckpointer?> CheckpointInBackgroundAsync(WarehouseDbContext db, CancellationToken ct)
    {
        if (db.Provider != WarehouseProvider.Sqlite)
        {
            return null;
        }

        await db.Database.ExecuteSqlRawAsync(SqliteBackgroundCheckpointer.WriterPragma, ct).ConfigureAwait(false);
        return SqliteBackgroundCheckpointer.Start(_warehouse.ConnectionString);
    }

    /// <summary>
    /// How many submissions load side by side: one on SQLite (one writer at a time); otherwise the configured number, or
    /// by default the number of cores between 2 and 4.
    /// </summary>
    public static int WorkerCount(WarehouseProvider provider, int configured) =>
        provider == WarehouseProvider.Sqlite ? 1 : configured > 0 ? configured : Math.Clamp(Environment.ProcessorCount, 2, 4);

    /// <summary>
    /// Hands the submissions of one phase — the dimension files (<paramref name="dimensions"/>) or the fact files — to
    /// <paramref name="workers"/> workers, each on its own connection, and waits for all of them: a file goes to the
    /// least busy worker, except that the files of one replacement key (kind, submitter, year; for dimension files one
    /// submitter, all years) go to the worker that holds one of them, in their order (<see cref="WorkerAssignment"/>), so
    /// versions and replacements come out exactly as in a one-at-a-time run. An unexpected error in
    /// one worker stops the others. Returns whether a file of the next phase is the enumerator's current one, and the
    /// next file's index.
    /// </summary>
    private async Task<(bool More, int Index)> RunWorkersAsync(int workers, int firstIndex, IEnumerator<(SubmissionFile File, int Rank, SubmissionScan Scan)> pending,
        Func<SubmissionProcessor> newProcessor, RunTally tally, List<SubmissionOutcome> outcomes, bool dimensions, CancellationToken ct)
    {
        var done = new List<(int Index, SubmissionOutcome Outcome)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queues = Enumerable.Range(0, workers)
            .Select(_ => Channel.CreateBounded<(int Index, string Key, SubmissionFile File, SubmissionScan Scan)>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        var assignment = new WorkerAssignment(workers);
        var tasks = queues.Select(q => Task.Run(() => WorkAsync(q.Reader, assignment, newProcessor(), tally, done, stop), CancellationToken.None)).ToArray();
        var index = firstIndex;
        var more = true;
        try
        {
            do
            {
                var (file, rank, scan) = pending.Current;
                if (dimensions && rank >= _factsFromRank)
                {
                    break; // the first fact file: it waits for every dimension file to be loaded
                }

                var key = PartitionKey(scan, dimensions);
                await queues[assignment.Assign(key)].Writer.WriteAsync((index++, key, file, scan), stop.Token).ConfigureAwait(false);
            }
            while (more = pending.MoveNext());
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // A worker failed and stopped the rest: its error is thrown below.
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            Complete();
            await Task.WhenAll(tasks).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            Collect();
            throw;
        }

        Complete();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException is { } error)
        {
            // Prefer the worker's own error to the cancellations it caused in the others.
            ExceptionDispatchInfo.Throw(error);
        }
        finally
        {
            Collect();
        }

        return (more, index);

        void Complete()
        {
            foreach (var queue in queues)
            {
                queue.Writer.TryComplete();
            }
        }

        void Collect()
        {
            lock (done)
            {
                outcomes.AddRange(done.OrderBy(d => d.Index).Select(d => d.Outcome));
            }
        }
    }

    private async Task WorkAsync(ChannelReader<(int Index, string Key, SubmissionFile File, SubmissionScan Scan)> queue, WorkerAssignment assignment,
        SubmissionProcessor processor, RunTally tally, List<(int Index, SubmissionOutcome Outcome)> done, CancellationTokenSource stop)
    {
        try
        {
            await using var db = WarehouseDbContextFactory.Create(_warehouse);
            await WarehouseSessionSetup.OpenAsync(db, stop.Token).ConfigureAwait(false);
            await foreach (var (index, key, file, scan) in queue.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var rows = tally.Start();
                var outcome = await processor.ProcessAsync(db, file, scan, rows.Read, stop.Token).ConfigureAwait(false);
                lock (done)
                {
                    done.Add((index, outcome));
                }

                assignment.Done(key);
                tally.Done(rows, outcome);
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// What decides a file's worker: its replacement key; in the dimension phase its kind and submitter, whatever the
    /// year (a school's dim_school versions are rebuilt from all its years' profiles, so they must not load side by side).
    /// </summary>
    internal static string PartitionKey(SubmissionScan scan, bool dimensions) =>
        dimensions && scan.Kind is not null && scan.Submitter is not null
            ? SubmissionRegistrar.KindName(scan) + "|" + scan.Submitter
            : SubmissionRegistrar.LockKey(scan);

    /// <summary>Processing order: by kind (unreadable files and unknown kinds first), then by path.</summary>
    private static int KindRank(SubmissionKind? kind) => kind is { } k ? Array.IndexOf(_kindOrder, k) : -1;

    /// <summary>
    /// Runs left <c>running</c> by a process that ended without finishing them (killed): on this host, their process is
    /// gone; on another, they started longer ago than a claim's lease. They become <c>abandoned</c>.
    /// </summary>
    private async Task AbandonStaleRunsAsync(WarehouseDbContext db, CancellationToken ct)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var lease = TimeSpan.FromMinutes(_options.ClaimLeaseMinutes);
        var running = await db.EtlLoadRuns.Where(r => r.Status == "running").ToListAsync(ct).ConfigureAwait(false);
        foreach (var stale in running.Where(r => string.Equals(r.Host, Environment.MachineName, StringComparison.Ordinal)
            ? r.ProcessId is not { } pid || (pid != Environment.ProcessId && !WorkerIdentity.IsRunning(pid))
            : r.StartedAt < now - lease))
        {
            stale.Status = "abandoned";
            stale.FinishedAt = now;
            stale.Message = "abandoned: its process ended without finishing the run";
            IngestLog.Abandoned(_logger, stale.LoadRunId);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    private async Task<EtlLoadRun> StartRunAsync(WarehouseDbContext db, int files, CancellationToken ct)
    {
        var run = new EtlLoadRun
        {
            StartedAt = _time.GetUtcNow().UtcDateTime,
            TriggeredBy = TriggeredBy,
            Host = Environment.MachineName,
            ProcessId = Environment.ProcessId,
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
        row.SubmissionsSkipped = summary.Skipped + summary.Busy + summary.Duplicates;
        row.RowsRead = summary.RowsRead;
        row.RowsLoaded = summary.RowsLoaded;
        row.RowsRejected = summary.RowsRejected;
        row.Message = $"{summary.Skipped} identical to a loaded submission, {summary.Duplicates} identical to a quarantined one, {summary.Busy} claimed by another worker, {summary.Failed} failed, {summary.Refused} refused (not regular files)";
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <summary>Running totals for the progress line, updated by every worker.</summary>
    private sealed class RunTally(IProgress<IngestProgress>? progress, int files, Stopwatch clock)
    {
        private long _read;
        private long _loaded;
        private long _rejected;
        private int _done;

        /// <summary>One submission's running count of rows read (its <see cref="FileRows.Read"/> goes to the loader).</summary>
        public FileRows Start() => new(this);

        public void Done(FileRows file, SubmissionOutcome outcome)
        {
            Interlocked.Add(ref _read, outcome.RowsRead - file.Last);
            Interlocked.Increment(ref _done);
            Interlocked.Add(ref _loaded, outcome.RowsLoaded);
            Interlocked.Add(ref _rejected, outcome.RowsRejected);
            Report();
        }

        private void Report() => progress?.Report(new IngestProgress("load", Volatile.Read(ref _done), files, Interlocked.Read(ref _read),
            Interlocked.Read(ref _loaded), Interlocked.Read(ref _rejected), clock.Elapsed));

        public sealed class FileRows(RunTally tally)
        {
            public long Last { get; private set; }

            public void Read(long rows)
            {
                Interlocked.Add(ref tally._read, rows - Last);
                Last = rows;
                tally.Report();
            }
        }
    }
}
