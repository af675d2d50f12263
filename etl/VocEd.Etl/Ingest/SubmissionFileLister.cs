namespace VocEd.Etl.Ingest;

/// <summary>
/// Expands the paths given to an ingest (files or folders, any mix) into the files to ingest. Folders are searched
/// recursively; hidden files and folders (name starting with '.') and <c>manifest.json</c> (the sample generator's
/// manifest, never a submission) are skipped. A file is recorded by its path relative to the folder it was found
/// under, so the names match the generator's manifest.
/// </summary>
public static class SubmissionFileLister
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>The files, each once; throws <see cref="FileNotFoundException"/> for a path that does not exist.</summary>
    public static IReadOnlyList<SubmissionFile> List(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SubmissionFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                Add(files, seen, full, Path.GetFileName(full));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(full, file).Replace('\\', '/');
                    if (!IsSkipped(relative))
                    {
                        Add(files, seen, file, relative);
                    }
                }
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        return files;
    }

    /// <summary>Hidden (a segment starting with '.') or the generator's manifest.</summary>
    public static bool IsSkipped(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        return segments.Any(s => s.StartsWith('.'))
            || string.Equals(segments[^1], ManifestFileName, StringComparison.OrdinalIgnoreCase);
    }

    private static void Add(List<SubmissionFile> files, HashSet<string> seen, string fullPath, string name)
    {
        if (seen.Add(fullPath))
        {
            files.Add(new SubmissionFile(fullPath, name));
        }
    }
}
