using System.Globalization;
using VocEd.Etl.Extract;
using VocEd.Etl.Scan;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Claims;

/// <summary>
/// Records a received file in etl_submission: content hash, kind, submitter, year, format, encoding, size, received
/// time, and its version within its replacement key (kind, submitter, year): 1, 2, 3 … in order received.
/// Runs inside the claim's transaction (<see cref="SubmissionClaimer"/>). The received time is now, or
/// <paramref name="receivedAt"/> (UTC) when a back-load keeps the files' true receipt time (`voced ingest --received-at`).
/// </summary>
public sealed class SubmissionRegistrar(TimeProvider time, DateTime? receivedAt = null)
{
    /// <summary>The kind recorded for a file whose header matches no template.</summary>
    public const string UnknownKind = SubmissionKinds.Unknown;

    /// <summary>The kind's name, or <see cref="UnknownKind"/>.</summary>
    public static string KindName(SubmissionScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.KindDetection?.Template?.Name ?? UnknownKind;
    }

    /// <summary>
    /// The replacement key as etl_submission_lock names it: <c>kind|submitter|year</c>; a file whose kind or
    /// submitter is unknown is its own key, <c>file|hash</c>.
    /// </summary>
    public static string LockKey(SubmissionScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.Kind is null || scan.Submitter is null || scan.Year is null
            ? "file|" + scan.ContentHash
            : string.Create(CultureInfo.InvariantCulture, $"{KindName(scan)}|{scan.Submitter}|{scan.Year}");
    }

    /// <summary>
    /// The SQL condition "etl_submission row of the replacement key (@kind, @submitter, @year)" for the claim's and the
    /// load's hand-written statements. A submitter or year that is not known (a file of unknown submitter or year)
    /// matches NULL. Written per case rather than as one condition with "or … is null" alternatives: those kept the
    /// (kind, submitter_code, year) index to its first column, so each file's claim and load read every earlier
    /// submission of its kind (quadratic in the number of files). <see cref="ReplacementKeyParameters"/> gives the
    /// parameters the condition uses.
    /// </summary>
    internal static string SameReplacementKeySql(string? submitter, int? year) =>
        "kind = @kind and " + (submitter is null ? "submitter_code is null" : "submitter_code = @submitter")
        + " and " + (year is null ? "year is null" : "year = @year");

    /// <summary>The parameters of <see cref="SameReplacementKeySql"/> for this key (only those the condition names).</summary>
    internal static IEnumerable<(string Name, object? Value)> ReplacementKeyParameters(string kind, string? submitter, int? year)
    {
        yield return ("@kind", kind);
        if (submitter is not null)
        {
            yield return ("@submitter", submitter);
        }

        if (year is not null)
        {
            yield return ("@year", year);
        }
    }

    /// <summary>
    /// The new etl_submission row (status claimed, the given version: the claimer read the key's latest one) and the
    /// parameters of <see cref="InsertSql"/> that insert it; the claimer sends that INSERT … RETURNING (SQL Server:
    /// OUTPUT) in one batch with its lock row and recheck, and sets the new id it returns. Hand-written rather than
    /// EF's SaveChanges, whose fixed cost per call was most of the registration, paid once per file.
    /// </summary>
    public (EtlSubmission Submission, (string Name, object? Value)[] Parameters) Prepare(SubmissionScan scan, string fileName, WorkerIdentity worker, int version)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var now = time.GetUtcNow().UtcDateTime;
        var submission = new EtlSubmission
        {
            Kind = KindName(scan),
            SubmitterCode = scan.Submitter,
            Year = scan.Year,
            ContentHash = scan.ContentHash,
            FileName = fileName.Length <= 400 ? fileName : fileName[^400..],
            FileFormat = FormatName(scan.Format),
            Encoding = scan.Encoding,
            SizeBytes = scan.FileBytes,
            ReceivedAt = receivedAt ?? now,
            Version = version,
            Status = SubmissionStatuses.Claimed,
            ClaimedBy = worker.ClaimedBy,
            ClaimedAt = now,
            LoadRunId = worker.LoadRunId,
            StatusChangedAt = now,
        };
        return (submission,
        [
            ("@kind", submission.Kind), ("@submitter", submission.SubmitterCode), ("@year", submission.Year), ("@hash", submission.ContentHash),
            ("@file", submission.FileName), ("@format", submission.FileFormat), ("@encoding", submission.Encoding), ("@size", submission.SizeBytes),
            ("@now", now), ("@received", submission.ReceivedAt), ("@version", submission.Version), ("@status", submission.Status), ("@by", submission.ClaimedBy), ("@run", submission.LoadRunId),
        ]);
    }

    /// <summary>The registration's INSERT, returning the new submission_id.</summary>
    internal static string InsertSql(WarehouseProvider provider)
    {
        const string columns = """
            insert into etl_submission (kind, submitter_code, year, content_hash, file_name, file_format, encoding, size_bytes, received_at,
                version, status, claimed_by, claimed_at, load_run_id, rows_read, rows_loaded, rows_rejected, rows_warned, status_changed_at)
            """;
        const string values = "values (@kind, @submitter, @year, @hash, @file, @format, @encoding, @size, @received, @version, @status, @by, @now, @run, 0, 0, 0, 0, @now)";
        return provider == WarehouseProvider.SqlServer
            ? $"{columns}\noutput inserted.submission_id\n{values}"
            : $"{columns}\n{values}\nreturning submission_id";
    }

    internal static string FormatName(SubmissionFormat format) => format switch
    {
        SubmissionFormat.Csv => "csv",
        SubmissionFormat.Xlsx => "xlsx",
        SubmissionFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
