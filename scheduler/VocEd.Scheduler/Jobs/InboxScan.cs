using System.Globalization;

namespace VocEd.Scheduler.Jobs;

/// <summary>What one inbox scan did: files registered (with their load jobs), already loaded, duplicates of a quarantined file, left to settle.</summary>
internal sealed record InboxScan(int Registered, int AlreadyLoaded, int Duplicates, int Settling, IReadOnlyList<string> LoadJobs)
{
    /// <summary>Files refused on receipt (not regular files, or over the size limit): registered in status refused, never loaded.</summary>
    public int Refused { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Registered} registered, {AlreadyLoaded} already loaded, {Duplicates} duplicate(s), {Refused} refused, {Settling} still settling, {LoadJobs.Count} load(s) enqueued");
}
