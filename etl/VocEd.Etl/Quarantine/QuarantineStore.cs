namespace VocEd.Etl.Quarantine;

/// <summary>
/// The quarantine folder: quarantined files are kept whole, outside the database, readable by the owner only
/// (folder 700, files 600 on Unix), as <c>&lt;first 16 hex digits of the content hash&gt;_&lt;file name with '/' as '_'&gt;</c> (a retried file replaces its earlier copy), for a
/// retention period after which <see cref="Purge"/> deletes them (at the start of each ingest).
/// </summary>
public sealed class QuarantineStore(string directory, TimeSpan retention, TimeProvider time)
{
    private const UnixFileMode _folderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode _fileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The longest kept name, in UTF-8 bytes: the hash prefix, "_" and ".part" fit under the common 255.</summary>
    private const int _maxNameBytes = 200;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>
    /// Copies the file in (replacing an earlier copy of the same content and name) and returns where it is kept: at most
    /// <paramref name="maxBytes"/> bytes (the size scanned; a file that grew since is not followed), under a name cut to
    /// what a file system takes.
    /// </summary>
    public string Keep(string sourcePath, string contentHash, string fileName, long maxBytes = long.MaxValue)
    {
        EnsureFolder();
        var safeName = string.Concat(fileName.Select(c => c is '/' or '\\' || char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        while (System.Text.Encoding.UTF8.GetByteCount(safeName) > _maxNameBytes)
        {
            safeName = safeName[..^1];
        }

        var target = Path.Combine(Directory, $"{contentHash[..Math.Min(16, contentHash.Length)]}_{safeName}");
        var temporary = target + ".part";
        using (var source = Extract.SubmissionFiles.OpenRead(sourcePath, sequential: true))
        using (var copy = new FileStream(temporary, CreateOptions()))
        {
            var buffer = new byte[81_920];
            var left = maxBytes;
            int read;
            while (left > 0 && (read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left))) > 0)
            {
                copy.Write(buffer, 0, read);
                left -= read;
            }
        }

        File.Move(temporary, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, time.GetUtcNow().UtcDateTime);
        return target;
    }

    /// <summary>Deletes kept files older than the retention period; returns how many.</summary>
    public int Purge()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        var purged = 0;
        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                file.Delete();
                purged++;
            }
        }

        return purged;
    }

    private void EnsureFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
            return;
        }

        System.IO.Directory.CreateDirectory(Directory, _folderMode);
        File.SetUnixFileMode(Directory, _folderMode);
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = _fileMode;
        }

        return options;
    }
}
