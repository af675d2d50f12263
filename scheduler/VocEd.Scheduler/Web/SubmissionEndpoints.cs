using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl;
using VocEd.Etl.Claims;
using VocEd.Scheduler.Access;
using VocEd.Scheduler.Jobs;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Text;

namespace VocEd.Scheduler.Web;

/// <summary>
/// <c>POST /api/submissions</c> (multipart, one file): written to the store under a generated name (a temporary name,
/// then a rename), its SHA-256 and uploader recorded, registered as <c>received</c>, <c>load-submission</c> enqueued; 202
/// with the id and a status URL. <c>GET /api/submissions/{id}</c> (status, rows, rule counts) and
/// <c>GET /api/submissions/{id}/rejected-rows</c> (CSV, personal data masked) for whoever's binding covers the
/// submission's submitter; its uploader sees its status too (a refused file's submitter is outside their binding).
/// </summary>
internal static class SubmissionEndpoints
{
    public const string Path = "/api/submissions";

    // Room for the multipart envelope around a file of the largest size allowed.
    private const long _multipartOverhead = 64 * 1024;

    private static readonly string[] _extensions = [".csv", ".txt", ".xlsx", ".json"];

    public static void Map(WebApplication app)
    {
        app.MapPost(Path, UploadAsync).RequireAuthorization(WebAccess.SubmitPolicy).DisableAntiforgery();
        app.MapGet(Path + "/{id:long}", StatusAsync).RequireAuthorization(WebAccess.SubmitPolicy);
        app.MapGet(Path + "/{id:long}/rejected-rows", RejectedRowsAsync).RequireAuthorization(WebAccess.SubmitPolicy);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext http, AccessOptions options, EtlOptions etl, SubmissionReceiver receiver, AccessStore store, IBackgroundJobClient jobs,
        SubmissionPermission permission, AuditTrail audit, TimeProvider time, CancellationToken ct)
    {
        var caller = AccessClaims.CallerOf(http.User)!;
        var limit = options.MaxUploadBytes;
        if (http.Request.ContentLength is { } length && length > limit + _multipartOverhead)
        {
            await audit.WriteAsync(caller.UserName, AuditActions.Upload, null, "too_large").ConfigureAwait(false);
            return TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + _multipartOverhead;
        }

        if (!http.Request.HasFormContentType || !(http.Request.ContentType ?? string.Empty).StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Malformed("send the file as multipart/form-data with exactly one file part");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + _multipartOverhead, ValueCountLimit = 16 }, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(limit);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Malformed("the multipart body could not be read: " + e.GetType().Name);
        }

        if (form.Files.Count != 1)
        {
            return Malformed($"send exactly one file ({form.Files.Count} received)");
        }

        var file = form.Files[0];
        if (file.Length == 0)
        {
            return Malformed("the file is empty");
        }

        if (file.Length > limit)
        {
            return TooLarge(limit);
        }

        var extension = System.IO.Path.GetExtension(file.FileName ?? string.Empty).ToLowerInvariant();
        var safeName = Guid.NewGuid().ToString("N") + (_extensions.Contains(extension, StringComparer.Ordinal) ? extension : string.Empty);
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetFullPath(etl.StoreDirectory), ".uploads")).FullName;
        var partial = System.IO.Path.Combine(folder, safeName + ".part");
        var complete = System.IO.Path.Combine(folder, safeName);
        string sha256;
        Receipt receipt;
        try
        {
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    await using var source = file.OpenReadStream();
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        await target.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                    }
                }

                sha256 = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
            }

            File.Move(partial, complete);
            receipt = await receiver.ReceiveAsync(complete, null, move: true, ct).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(partial);
            File.Delete(complete);
        }

        // Registered now: what follows (the uploader, the load) must happen even when the client goes away, or the
        // submission would wait as received, unclaimed and with no uploader, for ever.
        var covered = await permission.CoversAsync(caller, receipt.Kind, receipt.SubmitterCode, receipt.Year, CancellationToken.None).ConfigureAwait(false);
        if (receipt.Outcome == ReceiptOutcome.Refused)
        {
            // The receiver's own limits (size, regular file) are stricter than the upload's: refused, registered as such,
            // and its uploader recorded like any other's (they may see its status).
            await store.RecordUploadAsync(receipt.SubmissionId, caller.UserName, sha256, file.Length, time.GetUtcNow().UtcDateTime, CancellationToken.None).ConfigureAwait(false);
            await audit.WriteAsync(caller.UserName, AuditActions.Upload, Id(receipt.SubmissionId), SubmissionStatuses.Refused).ConfigureAwait(false);
            return Results.UnprocessableEntity(new { id = covered ? receipt.SubmissionId : (long?)null, status = SubmissionStatuses.Refused, sha256, message = receipt.Reason });
        }

        if (receipt.Outcome != ReceiptOutcome.Registered)
        {
            var status = receipt.Outcome == ReceiptOutcome.AlreadyLoaded ? "already_loaded" : "duplicate";
            await audit.WriteAsync(caller.UserName, AuditActions.Upload, Id(receipt.SubmissionId), status).ConfigureAwait(false);
            return Results.Ok(new
            {
                id = covered ? receipt.SubmissionId : (long?)null,
                status,
                sha256,
                message = receipt.Outcome == ReceiptOutcome.AlreadyLoaded
                    ? "this content was loaded before: nothing to do"
                    : "this content was quarantined before for the same reason: fix the file and send it again",
            });
        }

        var id = receipt.SubmissionId;
        await store.RecordUploadAsync(id, caller.UserName, sha256, file.Length, time.GetUtcNow().UtcDateTime, CancellationToken.None).ConfigureAwait(false);
        jobs.Enqueue<LoadSubmissionJob>(j => j.RunAsync(id, CancellationToken.None));
        await audit.WriteAsync(caller.UserName, AuditActions.Upload, Id(id), SubmissionStatuses.Received).ConfigureAwait(false);
        var statusUrl = Path + "/" + Id(id);
        return Results.Accepted(statusUrl, new { id, status = SubmissionStatuses.Received, statusUrl, sha256, kind = receipt.Kind, submitter = receipt.SubmitterCode, year = receipt.Year });
    }

    private static async Task<IResult> StatusAsync(long id, HttpContext http, IWarehouseContextFactory warehouse, AccessStore store, SubmissionPermission permission, AuditTrail audit, CancellationToken ct)
    {
        var caller = AccessClaims.CallerOf(http.User)!;
        await using var db = warehouse.CreateContext();
        var submission = await db.EtlSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.SubmissionId == id, ct).ConfigureAwait(false);
        if (submission is null)
        {
            return Results.NotFound(new ApiError("not_found", $"no submission {Id(id)}"));
        }

        var uploader = await store.UploaderAsync(id, ct).ConfigureAwait(false);
        var covered = await permission.CoversAsync(caller, submission.Kind, submission.SubmitterCode, submission.Year, ct).ConfigureAwait(false);
        if (!covered && !string.Equals(uploader, caller.UserName, StringComparison.Ordinal))
        {
            await audit.WriteAsync(caller.UserName, AuditActions.Denied, $"submission {Id(id)}", "forbidden").ConfigureAwait(false);
            return Forbidden();
        }

        var rules = await db.EtlRejectedRows.AsNoTracking().Where(r => r.SubmissionId == id)
            .GroupBy(r => new { r.RuleId, r.Severity })
            .Select(g => new { rule = g.Key.RuleId, severity = g.Key.Severity, count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        return Results.Ok(new
        {
            id = submission.SubmissionId,
            kind = submission.Kind,
            submitter = submission.SubmitterCode,
            year = submission.Year,
            version = submission.Version,
            status = submission.Status,
            reason = submission.StatusReason,
            receivedAt = DateTime.SpecifyKind(submission.ReceivedAt, DateTimeKind.Utc),
            statusChangedAt = DateTime.SpecifyKind(submission.StatusChangedAt, DateTimeKind.Utc),
            rowsRead = submission.RowsRead,
            rowsLoaded = submission.RowsLoaded,
            rowsRejected = submission.RowsRejected,
            rowsWarned = submission.RowsWarned,
            uploadedBy = uploader,
            rules = rules.OrderBy(r => r.rule, StringComparer.Ordinal).ToList(),
            rejectedRowsUrl = covered ? Path + "/" + Id(id) + "/rejected-rows" : null,
        });
    }

    private static async Task<IResult> RejectedRowsAsync(long id, HttpContext http, IWarehouseContextFactory warehouse, SubmissionPermission permission, AuditTrail audit, CancellationToken ct)
    {
        var caller = AccessClaims.CallerOf(http.User)!;
        await using var db = warehouse.CreateContext();
        var submission = await db.EtlSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.SubmissionId == id, ct).ConfigureAwait(false);
        if (submission is null)
        {
            return Results.NotFound(new ApiError("not_found", $"no submission {Id(id)}"));
        }

        if (!await permission.CoversAsync(caller, submission.Kind, submission.SubmitterCode, submission.Year, ct).ConfigureAwait(false))
        {
            await audit.WriteAsync(caller.UserName, AuditActions.Denied, $"submission {Id(id)} rejected-rows", "forbidden").ConfigureAwait(false);
            return Forbidden();
        }

        var rows = await db.EtlRejectedRows.AsNoTracking().Where(r => r.SubmissionId == id)
            .OrderBy(r => r.SourceRowNumber).ThenBy(r => r.RejectedRowId)
            .Select(r => new { r.SourceRowNumber, r.ColumnName, r.RuleId, r.Severity, r.Message, r.RawValue })
            .ToListAsync(ct).ConfigureAwait(false);
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        CsvWriter.WriteRow(text, ["source_row_number", "column", "rule", "severity", "message", "value"]);
        foreach (var row in rows)
        {
            CsvWriter.WriteRow(text, [row.SourceRowNumber.ToString(CultureInfo.InvariantCulture), row.ColumnName, row.RuleId, row.Severity, row.Message, row.RawValue]);
        }

        await audit.WriteAsync(caller.UserName, AuditActions.Download, $"submission {Id(id)} rejected-rows", "ok").ConfigureAwait(false);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"submission-{Id(id)}-rejected-rows.csv");
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IResult TooLarge(long limit) => Results.Json(
        new ApiError("file_too_large", string.Create(CultureInfo.InvariantCulture, $"the file is larger than the limit of {limit / (1024 * 1024)} MB")),
        statusCode: StatusCodes.Status413PayloadTooLarge);

    private static IResult Malformed(string message) => Results.Json(new ApiError("malformed_upload", message), statusCode: StatusCodes.Status400BadRequest);

    public static IResult Forbidden() => Results.Json(new ApiError("forbidden", "outside your role or binding"), statusCode: StatusCodes.Status403Forbidden);
}
