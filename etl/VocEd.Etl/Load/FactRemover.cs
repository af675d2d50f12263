using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Templates;
using VocEd.Warehouse.Data;

namespace VocEd.Etl.Load;

/// <summary>Deletes the fact rows (and for school_profile the stg_school_profile rows) of one submission; the caller owns the transaction.</summary>
public static class FactRemover
{
    /// <summary>The school codes whose stg_school_profile rows were removed (school_profile only; their versions need rebuilding).</summary>
    public static async Task<IReadOnlyList<string>> RemoveAsync(WarehouseDbContext db, string kind, long submissionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        switch (SubmissionTemplates.ForName(kind)?.Kind)
        {
            case SubmissionKind.SchoolProfile:
                var schools = await db.StgSchoolProfiles.Where(s => s.SubmissionId == submissionId)
                    .Select(s => s.SchoolCode).Distinct().ToListAsync(ct).ConfigureAwait(false);
                await db.FactSchoolResources.Where(f => f.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                await db.StgSchoolProfiles.Where(s => s.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return schools;
            case SubmissionKind.Enrollment:
                await db.FactEnrollments.Where(f => f.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.GraduateDestination:
                await db.FactGraduateOutcomes.Where(f => f.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.RegionalIndustry:
                await db.FactRegionalIndustries.Where(f => f.SubmissionId == submissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            default:
                return [];
        }
    }
}
