using System.Diagnostics;

namespace VocEd.Etl.Load;

/// <summary>Where an ingest's time went: scanning files, claiming submissions, loading, quarantining (wall time, summed over submissions).</summary>
public sealed class IngestTimings
{
    private long _scan;
    private long _claim;
    private long _load;
    private long _quarantine;

    public TimeSpan Scan => Stopwatch.GetElapsedTime(0, _scan);

    public TimeSpan Claim => Stopwatch.GetElapsedTime(0, _claim);

    public TimeSpan Load => Stopwatch.GetElapsedTime(0, _load);

    public TimeSpan Quarantine => Stopwatch.GetElapsedTime(0, _quarantine);

    internal void AddScan(long since) => Interlocked.Add(ref _scan, Stopwatch.GetTimestamp() - since);

    internal void AddClaim(long since) => Interlocked.Add(ref _claim, Stopwatch.GetTimestamp() - since);

    internal void AddLoad(long since) => Interlocked.Add(ref _load, Stopwatch.GetTimestamp() - since);

    internal void AddQuarantine(long since) => Interlocked.Add(ref _quarantine, Stopwatch.GetTimestamp() - since);
}
