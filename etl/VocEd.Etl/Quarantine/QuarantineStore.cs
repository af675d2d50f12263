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

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Copies the file in (replacing an earlier copy of the same content and name) and returns where it is kept.</summary>
    public string Keep(string sourcePath, string contentHash, string fileName)
    {
        EnsureFolder();
        var safeName = string.Concat(fileName.Select(c => c is '/' or '\\' || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var target = Path.Combine(Directory, $"{contentHash[..Math.Min(16, contentHash.Length)]}_{safeName}");
        var temporary = target + ".part";
        using (var source = File.OpenRead(sourcePath))
        using (var copy = new FileStream(temporary, CreateOptions()))
        {
            source.CopyTo(copy);
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
