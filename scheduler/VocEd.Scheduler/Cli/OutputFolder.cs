namespace VocEd.Scheduler.Cli;

/// <summary>A folder a command writes into (--out): created if missing, and checked to take a file, before any work is done.</summary>
internal static class OutputFolder
{
    /// <summary>The folder's full path; a <see cref="UserErrorException"/> naming it when it cannot be created or written.</summary>
    public static string Ensure(string folder, string option = "--out")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".voced-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UserErrorException($"cannot write to {full} ({ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}): give {option} a folder you can write to", ex);
        }
    }
}
