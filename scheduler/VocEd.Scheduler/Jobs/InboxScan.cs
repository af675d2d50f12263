using System.Globalization;

namespace VocEd.Scheduler.Jobs;

/// <summary>What one inbox scan did: files registered (with their load jobs), already loaded, duplicates of a quarantined file, left to settle.</summary>
internal sealed record InboxScan(int Registered, int AlreadyLoaded, int Duplicates, int Settling, IReadOnlyList<string> LoadJobs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Registered} registered, {AlreadyLoaded} already loaded, {Duplicates} duplicate(s), {Settling} still settling, {LoadJobs.Count} load(s) enqueued");
}
