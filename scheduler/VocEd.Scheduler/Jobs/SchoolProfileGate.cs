using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// Whether a fact file (enrollment, graduate_destination) may load now: not while a school_profile of its school is
/// still received or being loaded — its rows would be rejected as of an unknown school, so the load waits for it.
/// </summary>
internal sealed class SchoolProfileGate(IWarehouseContextFactory warehouse)
{
    private static readonly string[] _factKinds = [SubmissionKinds.Enrollment, SubmissionKinds.GraduateDestination];
    private static readonly string[] _pending = [SubmissionStatuses.Received, SubmissionStatuses.Claimed];

    /// <summary>The id of a profile of the submission's school still pending, or null when the submission may load.</summary>
    public async Task<long?> PendingProfileAsync(long submissionId, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        var submission = await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.SubmissionId == submissionId)
            .Select(s => new { s.Kind, s.SubmitterCode })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (submission is null || submission.SubmitterCode is null || !_factKinds.Contains(submission.Kind))
        {
            return null;
        }

        return await db.EtlSubmissions.AsNoTracking()
            .Where(s => s.Kind == SubmissionKinds.SchoolProfile && s.SubmitterCode == submission.SubmitterCode && _pending.Contains(s.Status))
            .OrderBy(s => s.SubmissionId)
            .Select(s => (long?)s.SubmissionId)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }
}
