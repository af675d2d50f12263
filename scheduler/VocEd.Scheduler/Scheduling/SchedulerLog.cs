
namespace VocEd.Scheduler.Scheduling;

/// <summary>The scheduler's log events: ids, counts and reasons, never a file's rows or anyone's personal data.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "scan-inbox: {Registered} file(s) registered, {AlreadyLoaded} already loaded, {Duplicates} duplicate(s), {Waiting} still settling, {LoadsEnqueued} load(s) enqueued")]
    public static partial void Scanned(ILogger logger, int registered, int alreadyLoaded, int duplicates, int waiting, int loadsEnqueued);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "scan-inbox: submission {SubmissionId} refused on receipt: {Reason}")]
    public static partial void Refused(ILogger logger, long submissionId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "load-submission {SubmissionId}: {Status} ({RowsRead} read, {RowsLoaded} loaded, {RowsRejected} rejected)")]
    public static partial void Loaded(ILogger logger, long submissionId, string status, long rowsRead, long rowsLoaded, long rowsRejected);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "{Job}: {Summary}")]
    public static partial void JobDone(ILogger logger, string job, string summary);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "{Job}: waiting for the refresh held by {Holder}")]
    public static partial void WaitingForRefresh(ILogger logger, string job, string holder);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "recurring jobs registered ({Count}) with crons in {TimeZone}; {Removed} switched off")]
    public static partial void RecurringRegistered(ILogger logger, int count, string timeZone, int removed);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Hangfire dashboard at {Url}: no accounts exist yet, so it answers only requests from this machine (loopback, no forwarded headers)")]
    public static partial void DashboardLocalOnly(ILogger logger, string url);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "scheduler host: {Mode}; Hangfire storage {Storage}; queues {Queues}")]
    public static partial void HostStarted(ILogger logger, string mode, string storage, string queues);
}
