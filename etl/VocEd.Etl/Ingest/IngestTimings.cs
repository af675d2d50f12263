using System.Collections.Concurrent;
using System.Diagnostics;

namespace VocEd.Etl.Ingest;

/// <summary>Where an ingest's time went: scanning files, claiming submissions, loading, quarantining (wall time, summed over submissions).</summary>
public sealed class IngestTimings
{
    private long _scan;
    private long _claim;
    private long _quarantine;
    private long _prepare;
    private long _scanWait;

    /// <summary>Load ticks and submissions per kind; the total load time is their sum.</summary>
    private readonly ConcurrentDictionary<string, (long Ticks, int Count)> _byKind = new(StringComparer.Ordinal);

    public TimeSpan Scan => Stopwatch.GetElapsedTime(0, _scan);

    public TimeSpan Claim => Stopwatch.GetElapsedTime(0, _claim);

    public TimeSpan Load => Stopwatch.GetElapsedTime(0, _byKind.Values.Sum(v => v.Ticks));

    public TimeSpan Quarantine => Stopwatch.GetElapsedTime(0, _quarantine);

    /// <summary>From the start of the run until the first file is handed on: listing, the run's record, the known schools and dimension keys, each file's kind from its header (the processing order).</summary>
    public TimeSpan Prepare => Stopwatch.GetElapsedTime(0, _prepare);

    /// <summary>How long the loads waited for the scans (hash, first pass) of the files they were to load next.</summary>
    public TimeSpan ScanWait => Stopwatch.GetElapsedTime(0, _scanWait);

    /// <summary>Load time and submissions per kind (school_profile, enrollment, …).</summary>
    public IReadOnlyDictionary<string, (TimeSpan Time, int Submissions)> LoadByKind =>
        _byKind.ToDictionary(k => k.Key, k => (Stopwatch.GetElapsedTime(0, k.Value.Ticks), k.Value.Count), StringComparer.Ordinal);

    internal void AddScan(long since) => Interlocked.Add(ref _scan, Stopwatch.GetTimestamp() - since);

    internal void AddClaim(long since) => Interlocked.Add(ref _claim, Stopwatch.GetTimestamp() - since);

    internal void AddLoad(long since, string kind)
    {
        var ticks = Stopwatch.GetTimestamp() - since;
        _byKind.AddOrUpdate(kind, (ticks, 1), (_, t) => (t.Ticks + ticks, t.Count + 1));
    }

    internal void AddPrepare(long since) => Interlocked.Add(ref _prepare, Stopwatch.GetTimestamp() - since);

    internal void AddScanWait(long since) => Interlocked.Add(ref _scanWait, Stopwatch.GetTimestamp() - since);

    internal void AddQuarantine(long since) => Interlocked.Add(ref _quarantine, Stopwatch.GetTimestamp() - since);
}
