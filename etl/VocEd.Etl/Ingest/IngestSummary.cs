using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Ingest;

/// <summary>An ingest run: its etl_load_run id, each file's outcome in processing order, and the totals.</summary>
public sealed record IngestSummary(long LoadRunId, IReadOnlyList<SubmissionOutcome> Submissions, int QuarantinedFilesPurged, TimeSpan Elapsed)
{
    /// <summary>Where the time went.</summary>
    public IngestTimings Timings { get; init; } = new();

    /// <summary>How many submissions were loaded side by side (the fact files; dimensions always one at a time).</summary>
    public int Workers { get; init; } = 1;

    public int Loaded => Count(SubmissionStatuses.Loaded);

    public int Quarantined => Count(SubmissionStatuses.Quarantined);

    public int Skipped => Count(SubmissionOutcome.Skipped);

    public int Busy => Count(SubmissionOutcome.Busy);

    public int Duplicates => Count(SubmissionOutcome.Duplicate);

    /// <summary>Files this run did not load and that are not loaded already: quarantined, duplicates of a quarantined file, busy, failed, refused.</summary>
    public int NotLoaded => Quarantined + Duplicates + Busy + Failed + Refused;

    public int Failed => Count(SubmissionStatuses.Failed);

    /// <summary>Paths not read at all (FIFOs, devices, links out of the folders given).</summary>
    public int Refused => Count(SubmissionOutcome.Refused);

    /// <summary>Rule failures counted (etl_rule_failure_count) but not kept as etl_rejected_row rows, over the per-rule limit.</summary>
    public long DetailsDropped => Submissions.Sum(s => s.DetailsDropped);

    public long RowsRead => Submissions.Sum(s => s.RowsRead);

    public long RowsLoaded => Submissions.Sum(s => s.RowsLoaded);

    public long RowsRejected => Submissions.Sum(s => s.RowsRejected);

    public long RowsWarned => Submissions.Sum(s => s.RowsWarned);

    /// <summary>Rule failures per rule id over every submission, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByRule =>
        [.. Submissions.SelectMany(s => s.ByRule).GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(r => r.Value)))
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)];

    private int Count(string status) => Submissions.Count(s => string.Equals(s.Status, status, StringComparison.Ordinal));
}
