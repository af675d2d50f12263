namespace VocEd.Scheduler.Scheduling;

/// <summary>The recurring jobs' ids: stable, since the storage keeps a recurring job's history under its id.</summary>
internal static class JobIds
{
    public const string ScanInbox = "scan-inbox";
    public const string RefreshCubes = "refresh-cubes";
    public const string RefreshCubesFull = "refresh-cubes-full";
    public const string DeliverDueSubscriptions = "deliver-due-subscriptions";
    public const string FlagLateSubmissions = "flag-late-submissions";
    public const string PurgeQuarantine = "purge-quarantine";

    public static IReadOnlyList<string> All { get; } = [ScanInbox, RefreshCubes, RefreshCubesFull, DeliverDueSubscriptions, FlagLateSubmissions, PurgeQuarantine];
}
