using System.Diagnostics;
using System.Globalization;

namespace VocEd.Etl.Claims;

/// <summary>
/// Who holds a claim: <c>host:pid#run</c> (the machine, the process, and its etl_load_run id). A claim is stale when
/// its holder is on this host and its process is gone, or when it is this very run's own leftover.
/// </summary>
public sealed record WorkerIdentity(string Host, int ProcessId, long LoadRunId)
{
    public string ClaimedBy => string.Create(CultureInfo.InvariantCulture, $"{Host}:{ProcessId}#{LoadRunId}");

    public static WorkerIdentity Current(long loadRunId) => new(Environment.MachineName, Environment.ProcessId, loadRunId);

    /// <summary>Parses <see cref="ClaimedBy"/>; null when it is not in that form.</summary>
    public static WorkerIdentity? Parse(string? claimedBy)
    {
        if (claimedBy is null)
        {
            return null;
        }

        var hash = claimedBy.LastIndexOf('#');
        var colon = hash < 0 ? -1 : claimedBy.LastIndexOf(':', hash);
        if (colon <= 0
            || !int.TryParse(claimedBy.AsSpan(colon + 1, hash - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(claimedBy.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var run))
        {
            return null;
        }

        return new WorkerIdentity(claimedBy[..colon], pid, run);
    }

    /// <summary>
    /// Whether a claim held by <paramref name="holder"/> may be taken over by this worker: its lease has expired, or
    /// the holder runs on this host and its process is no longer running, or it is this run's own leftover claim.
    /// </summary>
    public bool MayTakeOver(string holder, DateTime expiresAt, DateTime now)
    {
        if (expiresAt <= now)
        {
            return true;
        }

        var other = Parse(holder);
        if (other is null || !string.Equals(other.Host, Host, StringComparison.Ordinal))
        {
            return false;
        }

        return other.ProcessId == ProcessId ? other.LoadRunId == LoadRunId : !IsRunning(other.ProcessId);
    }

    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
