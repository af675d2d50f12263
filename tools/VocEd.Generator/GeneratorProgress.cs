namespace VocEd.Generator;

/// <summary>Progress of a run: schools done of total, files and rows written so far.</summary>
public sealed record GeneratorProgress(int SchoolsDone, int SchoolsTotal, int FilesWritten, long RowsWritten, TimeSpan Elapsed);
