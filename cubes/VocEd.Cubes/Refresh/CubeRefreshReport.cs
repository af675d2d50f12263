namespace VocEd.Cubes.Refresh;

/// <summary>What one refresh did: mode, submissions and partitions it took in, the academic years it rebuilt, rows written.</summary>
public sealed record CubeRefreshReport(
    long RefreshLogId,
    string Mode,
    int SubmissionsSeen,
    int PartitionsTouched,
    IReadOnlyList<int> AcademicYears,
    long RowsWritten,
    DateTime StartedAt,
    DateTime FinishedAt,
    DateTime? Watermark)
{
    public TimeSpan Elapsed => FinishedAt - StartedAt;

    /// <summary>Seconds per step (base tables, cube tables, delete, commit).</summary>
    public IReadOnlyDictionary<string, double> Steps { get; init; } = new Dictionary<string, double>();
}
