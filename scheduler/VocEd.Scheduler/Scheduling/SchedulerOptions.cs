namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// The scheduler's settings: configuration section <c>Scheduler</c> (appsettings.json, or environment
/// <c>Scheduler__Name</c>; the inbox also <c>VOCED_INBOX</c>). Relative folders are relative to the home directory.
/// </summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The folder <c>scan-inbox</c> registers new files from.</summary>
    public string Inbox { get; set; } = Path.Combine("data", "inbox");

    /// <summary>Where received files are kept as <c>{id}</c> until and after their load (the ETL's store).</summary>
    public string Store { get; set; } = Path.Combine("data", "store");

    /// <summary>Where <c>export-cubes</c> writes the cubes (CSV, Parquet, codebook, manifest).</summary>
    public string Exports { get; set; } = Path.Combine("data", "exports");

    /// <summary>Where <c>render-dashboards</c> writes the dashboard site (open its index.html).</summary>
    public string Dashboards { get; set; } = Path.Combine("data", "dashboards");

    /// <summary>The time zone of every cron (an IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Cron per recurring job id; an empty value or <c>off</c> removes the job. Missing ids keep their default.</summary>
    public Dictionary<string, string> Crons { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Workers per queue in this process (ingest, refresh, reports); 0 for ingest: the ETL's worker count; 0 elsewhere: that queue is not served here.</summary>
    public Dictionary<string, int> Workers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A file in the inbox modified less than this many seconds ago is still being copied: the scan leaves it for the next one.</summary>
    public int SettleSeconds { get; set; } = 30;

    /// <summary>How often a server looks for scheduled jobs, retries and recurring jobs due.</summary>
    public double SchedulePollingSeconds { get; set; } = 15;

    /// <summary>How often an idle worker looks at its queues (SQLite and PostgreSQL storage).</summary>
    public double QueuePollSeconds { get; set; } = 2;

    /// <summary>
    /// How long a fetched job stays invisible to other workers before a worker that died holding it is presumed gone
    /// (PostgreSQL: renewed while the job runs; SQLite: not renewed, so keep it above the longest job).
    /// </summary>
    public double InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>Attempts after a transient fault (database unreachable) before a job is left failed.</summary>
    public int RetryAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each next one doubles it, up to an hour.</summary>
    public double RetryDelaySeconds { get; set; } = 30;

    /// <summary>Delay before a job that had to wait (a claim held by another worker, a school profile still loading, a refresh running) runs again.</summary>
    public double DeferSeconds { get; set; } = 15;

    /// <summary>How many times a job may wait so before it is left failed.</summary>
    public int DeferAttempts { get; set; } = 480;

    /// <summary>How long a refresh job waits for another refresh before it is deferred.</summary>
    public double RefreshLockWaitSeconds { get; set; } = 60;

    /// <summary>The Hangfire storage's connection string when it is not the warehouse's own database (SQLite: a file path).</summary>
    public string? StorageConnection { get; set; }

    /// <summary>The default crons, in <see cref="TimeZone"/>.</summary>
    public static IReadOnlyDictionary<string, string> DefaultCrons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [JobIds.ScanInbox] = "*/5 * * * *",
        [JobIds.RefreshCubes] = "30 1 * * *",
        [JobIds.RefreshCubesFull] = "0 3 * * 0",
        [JobIds.DeliverDueSubscriptions] = "0 * * * *",
        [JobIds.FlagLateSubmissions] = "0 8 * * *",
        [JobIds.PurgeQuarantine] = "0 4 * * *",
    };

    /// <summary>The cron of a recurring job: configured, or its default; null when switched off.</summary>
    public string? Cron(string id)
    {
        var cron = Crons.TryGetValue(id, out var configured) ? configured : DefaultCrons[id];
        return string.IsNullOrWhiteSpace(cron) || string.Equals(cron.Trim(), "off", StringComparison.OrdinalIgnoreCase) ? null : cron.Trim();
    }

    /// <summary>Workers for a queue in this process (see <see cref="Workers"/>); <paramref name="ingestDefault"/> when ingest is 0 or unset.</summary>
    public int WorkersFor(string queue, int ingestDefault)
    {
        var configured = Workers.TryGetValue(queue, out var n) ? n : -1;
        if (string.Equals(queue, JobQueues.Ingest, StringComparison.Ordinal))
        {
            return configured > 0 ? configured : ingestDefault;
        }

        return configured >= 0 ? configured : 1;
    }

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
