namespace VocEd.Scheduler.Scheduling;

/// <summary>The queues: loads, refreshes (one at a time), and what reads the cubes (exports, dashboards, deliveries, housekeeping).</summary>
internal static class JobQueues
{
    public const string Ingest = "ingest";
    public const string Refresh = "refresh";
    public const string Reports = "reports";

    public static IReadOnlyList<string> All { get; } = [Ingest, Refresh, Reports];
}
