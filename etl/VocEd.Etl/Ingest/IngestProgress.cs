namespace VocEd.Etl.Ingest;

/// <summary>Where an ingest is: phase (scan or load), files done of total, rows so far, the time taken.</summary>
public sealed record IngestProgress(string Phase, int FilesDone, int FilesTotal, long RowsRead, long RowsLoaded, long RowsRejected, TimeSpan Elapsed);
