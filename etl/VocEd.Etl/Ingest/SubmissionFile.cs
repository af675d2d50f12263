namespace VocEd.Etl.Ingest;

/// <summary>
/// A file to ingest: where it is read from (for a symbolic link inside the folders given, its target), and the name
/// recorded for it (its path relative to the folder named on the command line, with forward slashes; or its file
/// name; anything shaped like a citizen ID masked). <see cref="Refusal"/> says why a path is not read at all.
/// </summary>
public sealed record SubmissionFile(string FullPath, string FileName)
{
    /// <summary>Why the path is skipped (a FIFO, a device, a link out of the folders given …), or null for a file to read.</summary>
    public string? Refusal { get; init; }
}
