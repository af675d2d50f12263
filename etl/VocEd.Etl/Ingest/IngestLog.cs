using Microsoft.Extensions.Logging;

namespace VocEd.Etl.Ingest;

/// <summary>The load stage's log messages: ids, kinds, reason codes and counts only — never a citizen ID, a name or a raw row.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "ingest run {LoadRunId} started: {Files} files")]
    public static partial void RunStarted(ILogger logger, long loadRunId, int files);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "submission {SubmissionId} ({Kind}) loaded: {RowsRead} read, {RowsLoaded} loaded, {RowsRejected} rejected")]
    public static partial void Loaded(ILogger logger, long submissionId, string kind, long rowsRead, long rowsLoaded, long rowsRejected);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "submission {SubmissionId} ({Kind}) quarantined: {ReasonCode}")]
    public static partial void Quarantined(ILogger logger, long submissionId, string kind, string reasonCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "same content already loaded as submission {SubmissionId}: skipped")]
    public static partial void Skipped(ILogger logger, long submissionId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "replacement key claimed by live worker {Holder}: skipped this time")]
    public static partial void Busy(ILogger logger, string holder);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "submission {SubmissionId}: took over a stale claim")]
    public static partial void TookOver(ILogger logger, long submissionId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "submission {SubmissionId} failed: {ErrorType}")]
    public static partial void Failed(ILogger logger, long submissionId, string errorType);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "ingest run {LoadRunId} finished: {Loaded} loaded, {Quarantined} quarantined, {Skipped} skipped, {Failed} failed; {RowsRead} rows read, {RowsLoaded} loaded, {RowsRejected} rejected")]
    public static partial void RunFinished(ILogger logger, long loadRunId, int loaded, int quarantined, int skipped, int failed, long rowsRead, long rowsLoaded, long rowsRejected);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "purged {Files} quarantined files past their retention")]
    public static partial void Purged(ILogger logger, int files);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "a file could not be scanned: {ErrorType}")]
    public static partial void ScanFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "a path was not read: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "ingest run {LoadRunId} was left running by a process that ended without finishing it: marked abandoned")]
    public static partial void Abandoned(ILogger logger, long loadRunId);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "libcrypto's SHA-256 block function gave other bytes than .NET's HMACSHA256 on known inputs: pseudonyms are computed by .NET's HMACSHA256 instead (same bytes, slower)")]
    public static partial void HmacFastPathRefused(ILogger logger);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Information, Message = "analyzed {Tables} after the run's load")]
    public static partial void Analyzed(ILogger logger, IReadOnlyList<string> tables);
}
