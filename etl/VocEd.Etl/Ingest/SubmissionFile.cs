namespace VocEd.Etl.Ingest;

/// <summary>A file to ingest: where it is, and the name recorded for it (its path relative to the folder named on the command line, with forward slashes; or its file name).</summary>
public sealed record SubmissionFile(string FullPath, string FileName);
