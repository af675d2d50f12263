using System.Runtime.InteropServices;

namespace VocEd.Etl.Extract;

/// <summary>
/// What a path on disk is, without following a symbolic link or opening it (a FIFO's open waits for a writer; a
/// device reads forever), and the one way submission files are opened: a regular file only, checked just before.
/// </summary>
public static partial class SubmissionFiles
{
    // The runtime's own native shim (libSystem.Native, shipped with .NET on every Unix): its FileStatus starts with
    // two int32 fields, flags then mode, and its mode constants are the POSIX ones. Only the mode is read.
    private const int _modeOffset = 4;
    private const int _statusBytes = 512;
    private const int _typeMask = 0xF000;

    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is <see cref="SubmissionFileType.SymbolicLink"/>, not its target).</summary>
    public static SubmissionFileType TypeOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return !info.Exists && !Directory.Exists(path) ? SubmissionFileType.Missing
                : info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? SubmissionFileType.SymbolicLink
                : info.Attributes.HasFlag(FileAttributes.Directory) ? SubmissionFileType.Directory
                : SubmissionFileType.Regular;
        }

        return LStatType(path);
    }

    /// <summary>
    /// Opens a regular file for reading; throws <see cref="IOException"/> naming what it is when it is anything else
    /// (a FIFO, a device, a socket, a link, a folder) or is gone.
    /// </summary>
    public static FileStream OpenRead(string path, bool sequential = false, int bufferSize = 0)
    {
        var type = TypeOf(path);
        if (type != SubmissionFileType.Regular)
        {
            throw new IOException($"not a regular file ({Describe(type)})");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, sequential ? FileOptions.SequentialScan : FileOptions.None);
    }

    /// <summary>A few words for a kind of path, as the ingest reports a skipped one.</summary>
    public static string Describe(SubmissionFileType type) => type switch
    {
        SubmissionFileType.Regular => "a regular file",
        SubmissionFileType.Directory => "a folder",
        SubmissionFileType.SymbolicLink => "a symbolic link",
        SubmissionFileType.Fifo => "a FIFO (named pipe)",
        SubmissionFileType.CharacterDevice => "a character device",
        SubmissionFileType.BlockDevice => "a block device",
        SubmissionFileType.Socket => "a socket",
        SubmissionFileType.Missing => "no such file",
        _ => "an unknown kind of file",
    };

    private static unsafe SubmissionFileType LStatType(string path)
    {
        var status = stackalloc byte[_statusBytes];
        if (LStat(path, status) != 0)
        {
            return File.Exists(path) || Directory.Exists(path) ? SubmissionFileType.Other : SubmissionFileType.Missing;
        }

        return (*(int*)(status + _modeOffset) & _typeMask) switch
        {
            0x8000 => SubmissionFileType.Regular,
            0x4000 => SubmissionFileType.Directory,
            0xA000 => SubmissionFileType.SymbolicLink,
            0x1000 => SubmissionFileType.Fifo,
            0x2000 => SubmissionFileType.CharacterDevice,
            0x6000 => SubmissionFileType.BlockDevice,
            0xC000 => SubmissionFileType.Socket,
            _ => SubmissionFileType.Other,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* status);
}
