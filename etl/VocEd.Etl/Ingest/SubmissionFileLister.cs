using System.Runtime.InteropServices;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Ingest;

/// <summary>
/// Expands the paths given to an ingest (files or folders, any mix) into the files to ingest. Folders are searched
/// recursively; hidden files and folders (name starting with '.') and <c>manifest.json</c> (the sample generator's
/// manifest, never a submission) are skipped. A file is recorded by its path relative to the folder it was found
/// under, so the names match the generator's manifest.
/// <para>
/// Only regular files are read. A symbolic link inside a folder is followed only to a regular file inside one of the
/// folders given (by its real path, every link on the way resolved); a link to a folder is not followed (no cycles);
/// FIFOs, devices, sockets, links that lead out or nowhere are listed as refused, with the reason, and never opened.
/// A path named on the command line is taken as the user named it (a link there is followed).
/// </para>
/// </summary>
public static partial class SubmissionFileLister
{
    public const string ManifestFileName = "manifest.json";

    private const int _maxNameLength = 400;

    /// <summary>The files to read, each once; throws <see cref="FileNotFoundException"/> for a path that does not exist.</summary>
    public static IReadOnlyList<SubmissionFile> List(IEnumerable<string> paths) => [.. ListAll(paths).Where(f => f.Refusal is null)];

    /// <summary>The files to read and, with their <see cref="SubmissionFile.Refusal"/>, the paths refused.</summary>
    public static IReadOnlyList<SubmissionFile> ListAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SubmissionFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var type = SubmissionFiles.TypeOf(full);
            if (type == SubmissionFileType.SymbolicLink)
            {
                // Named by the user: followed, to wherever it leads.
                full = RealPath(full) ?? full;
                type = SubmissionFiles.TypeOf(full);
            }

            switch (type)
            {
                case SubmissionFileType.Missing:
                    throw new FileNotFoundException($"no such file or folder: {path}", path);
                case SubmissionFileType.Regular:
                    Add(files, seen, full, Path.GetFileName(full));
                    break;
                case SubmissionFileType.Directory:
                    Walk(files, seen, full);
                    break;
                default:
                    files.Add(new SubmissionFile(full, Name(Path.GetFileName(full))) { Refusal = Refused(type) });
                    break;
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

    /// <summary>The folder's files, depth first without recursion (a deep tree cannot exhaust the stack); links to folders are not entered.</summary>
    private static void Walk(List<SubmissionFile> files, HashSet<string> seen, string root)
    {
        var realRoot = RealPath(root) ?? root;
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true, ReturnSpecialDirectories = false };
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options))
            {
                var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
                if (IsSkipped(relative))
                {
                    continue;
                }

                var type = SubmissionFiles.TypeOf(entry);
                switch (type)
                {
                    case SubmissionFileType.Regular:
                        Add(files, seen, entry, relative);
                        break;
                    case SubmissionFileType.Directory:
                        pending.Push(entry);
                        break;
                    case SubmissionFileType.SymbolicLink:
                        Link(files, seen, entry, relative, realRoot);
                        break;
                    case SubmissionFileType.Missing:
                        break; // gone since the folder was read
                    default:
                        files.Add(new SubmissionFile(entry, Name(relative)) { Refusal = Refused(type) });
                        break;
                }
            }
        }
    }

    /// <summary>A link found in a folder: read when its real path is a regular file inside the folder given.</summary>
    private static void Link(List<SubmissionFile> files, HashSet<string> seen, string link, string relative, string realRoot)
    {
        var target = RealPath(link);
        var type = target is null ? SubmissionFileType.Missing : SubmissionFiles.TypeOf(target);
        string? refusal = null;
        if (target is null || type == SubmissionFileType.Missing)
        {
            refusal = "a symbolic link that leads nowhere (or round in a loop): not followed";
        }
        else if (!target.StartsWith(realRoot.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            refusal = "a symbolic link out of the folder given: not followed";
        }
        else if (type != SubmissionFileType.Regular)
        {
            refusal = $"a symbolic link to {SubmissionFiles.Describe(type)}: not followed";
        }

        if (refusal is null)
        {
            Add(files, seen, target!, relative);
        }
        else
        {
            files.Add(new SubmissionFile(link, Name(relative)) { Refusal = refusal });
        }
    }

    private static string Refused(SubmissionFileType type) => $"{SubmissionFiles.Describe(type)}, not a regular file: not read";

    private static void Add(List<SubmissionFile> files, HashSet<string> seen, string fullPath, string name)
    {
        if (seen.Add(fullPath))
        {
            files.Add(new SubmissionFile(fullPath, Name(name)));
        }
    }

    /// <summary>
    /// The recorded name: a citizen ID in a file name is personal data too, and a path deeper than etl_submission.file_name
    /// holds (400) keeps its end.
    /// </summary>
    internal static string Name(string name)
    {
        var masked = PersonalDataMasker.MaskForStorage(name);
        if (masked.Length <= _maxNameLength)
        {
            return masked;
        }

        var end = masked[^(_maxNameLength - 1)..];
        return "…" + (char.IsLowSurrogate(end[0]) ? end[1..] : end);
    }

    /// <summary>The path with every symbolic link resolved (realpath(3)), or null when it leads nowhere or loops.</summary>
    private static unsafe string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            }
            catch (IOException)
            {
                return null;
            }
        }

        var resolved = NativeRealPath(path);
        if (resolved is null)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8((nint)resolved);
        }
        finally
        {
            NativeFree(resolved);
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial byte* NativeRealPath(string path);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static unsafe partial void NativeFree(void* pointer);
}
