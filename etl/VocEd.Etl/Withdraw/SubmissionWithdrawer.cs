using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Conform;
using VocEd.Etl.Load;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Withdraw;

/// <summary>
/// Withdraws a loaded submission in one transaction: its fact rows disappear (school_profile: its
/// stg_school_profile rows too, and the school's dim_school versions are rebuilt from what remains, facts
/// re-pointed); its etl_submission row stays, with status withdrawn. Refused while a worker holds a live claim on
/// the same replacement key, and for a submission that is not loaded (superseded ones have no facts left).
/// A school_profile's withdrawal moves the school's facts of that year to the nearest version left (the version of
/// the latest remaining year before it, or the first version when none is before it); it is refused
/// (<see cref="WithdrawalRefusedException.ProfileHasDependentFacts"/>) when it is the school's last profile year and
/// enrollment or graduates of the school are loaded: their facts would be left with no school.
/// </summary>
public sealed class SubmissionWithdrawer(TimeProvider time, IWarehouseContextFactory? warehouse = null)
{
    /// <summary>Withdraws submission <paramref name="submissionId"/> of the warehouse this withdrawer was made for.</summary>
    public async Task<WithdrawalResult> WithdrawAsync(long submissionId, CancellationToken ct)
    {
        await using var db = (warehouse ?? throw new InvalidOperationException("this withdrawer was made without a warehouse")).CreateContext();
        return await WithdrawAsync(db, submissionId, ct).ConfigureAwait(false);
    }

    /// <summary>Withdraws submission <paramref name="submissionId"/> on <paramref name="db"/>.</summary>
    public async Task<WithdrawalResult> WithdrawAsync(WarehouseDbContext db, long submissionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var submission = await db.EtlSubmissions.SingleOrDefaultAsync(s => s.SubmissionId == submissionId, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"no submission {submissionId}", nameof(submissionId));
        if (submission.Status != SubmissionStatuses.Loaded)
        {
            throw new ArgumentException($"submission {submissionId} is {submission.Status}, not loaded: only a loaded submission can be withdrawn", nameof(submissionId));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var busy = await db.EtlSubmissionLocks.AnyAsync(
            l => db.EtlSubmissions.Any(s => s.SubmissionId == l.SubmissionId && s.Kind == submission.Kind && s.SubmitterCode == submission.SubmitterCode && s.Year == submission.Year)
                && l.ExpiresAt > now,
            ct).ConfigureAwait(false);
        if (busy)
        {
            throw new InvalidOperationException($"submission {submissionId}: a worker is loading its replacement key right now; try again later");
        }

        if (submission.Kind == SubmissionKinds.SchoolProfile && submission.SubmitterCode is { } profiled)
        {
            await RefuseLastProfileWithFactsAsync(db, submissionId, profiled, ct).ConfigureAwait(false);
        }

        var keys = await DimensionKeys.LoadAsync(db, ct).ConfigureAwait(false);
        var removed = submission.RowsLoaded;
        var schools = await FactRemover.RemoveAsync(db, new LoadedSubmission(submissionId, submission.Kind, submission.SubmitterCode, submission.Year, removed), null, ct).ConfigureAwait(false);
        var versioner = new SchoolVersioner(keys);
        foreach (var school in schools)
        {
            await versioner.RebuildAsync(db, school, ct).ConfigureAwait(false);
        }

        submission.Status = SubmissionStatuses.Withdrawn;
        submission.StatusReason = "withdrawn on request";
        submission.StatusChangedAt = now;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new WithdrawalResult(submissionId, submission.Kind, submission.FileName, removed, schools);
    }

    /// <summary>
    /// Refuses the withdrawal of a school's last profile year while its enrollment or graduates are loaded (rows of a
    /// fact submission always carry the submitting school, so its loaded submissions say whether any fact depends on it).
    /// </summary>
    private static async Task RefuseLastProfileWithFactsAsync(WarehouseDbContext db, long submissionId, string school, CancellationToken ct)
    {
        if (await db.StgSchoolProfiles.AnyAsync(s => s.SchoolCode == school && s.SubmissionId != submissionId, ct).ConfigureAwait(false))
        {
            return;
        }

        var dependent = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.SubmitterCode == school && s.Status == SubmissionStatuses.Loaded && s.RowsLoaded > 0
                && (s.Kind == SubmissionKinds.Enrollment || s.Kind == SubmissionKinds.GraduateDestination))
            .OrderBy(s => s.SubmissionId).Select(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
        if (dependent.Count > 0)
        {
            throw new WithdrawalRefusedException(WithdrawalRefusedException.ProfileHasDependentFacts,
                $"submission {submissionId} is the last school_profile of school {school}, whose enrollment and graduates depend on it: "
                + $"withdraw submission(s) {string.Join(", ", dependent)} first, or send a corrected profile instead");
        }
    }
}
