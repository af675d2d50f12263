using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl;
using VocEd.Etl.Claims;
using VocEd.Scheduler.Jobs;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Access;

/// <summary>
/// Refuses an uploaded submission whose submitter lies outside its uploader's binding: it ends <c>refused</c> (reason
/// <c>submitter_not_permitted</c>) — no facts, no quarantine copy, nothing replaced — and its stored file is deleted.
/// Files from the inbox have no uploader and pass.
/// </summary>
internal sealed class UploadRefusalGate(IWarehouseContextFactory warehouse, AccessStoreProvider stores, SubmissionPermission permission, EtlOptions etl, TimeProvider time) : IUploadGate
{
    public const string NotPermitted = "submitter_not_permitted";

    public async Task<string?> RefuseAsync(long submissionId, CancellationToken ct)
    {
        if (stores.Store is not { } store || (store.Location.SqliteFile is { } file && !File.Exists(file)))
        {
            return null; // nowhere an upload could have been recorded
        }

        string? uploader;
        try
        {
            uploader = await store.UploaderAsync(submissionId, ct).ConfigureAwait(false);
        }
        catch (DbException)
        {
            if (!await stores.TablesExistAsync(ct).ConfigureAwait(false))
            {
                return null; // no account ever uploaded anything here
            }

            throw;
        }

        if (uploader is null)
        {
            return null;
        }

        await using var db = warehouse.CreateContext();
        var submission = await db.EtlSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false);
        if (submission is null || !string.Equals(submission.Status, SubmissionStatuses.Received, StringComparison.Ordinal) || submission.SubmitterCode is null)
        {
            return null; // not ours to decide: loaded or claimed already, or unreadable (the load quarantines it)
        }

        var account = await store.FindAccountAsync(uploader, ct).ConfigureAwait(false);
        if (account is not null && !account.IsDisabled
            && await permission.CoversAsync(Caller.Of(account), submission.Kind, submission.SubmitterCode, submission.Year, ct).ConfigureAwait(false))
        {
            return null;
        }

        var changed = await db.EtlSubmissions
            .Where(s => s.SubmissionId == submissionId && s.Status == SubmissionStatuses.Received)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatuses.Refused)
                .SetProperty(s => s.StatusReason, NotPermitted)
                .SetProperty(s => s.StatusChangedAt, time.GetUtcNow().UtcDateTime), ct).ConfigureAwait(false);
        if (changed == 0)
        {
            return null;
        }

        File.Delete(SubmissionReceiver.StoredPath(etl, submissionId));
        return string.Create(CultureInfo.InvariantCulture, $"{SubmissionStatuses.Refused}: {NotPermitted} — {submission.Kind} of {submission.SubmitterCode} is outside {uploader}'s binding");
    }
}
