using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Templates;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Etl.Load;

/// <summary>
/// Deletes the fact rows (and for school_profile the stg_school_profile rows) of one loaded submission; the caller
/// owns the transaction. The student fact tables are keyed by (year, school, submission, row): every row of a
/// submission carries the submission's year and a key of the submitting school (a version of it, or the unknown
/// member once its profile is gone), so the delete names those and PostgreSQL reaches the rows through the key
/// rather than reading the table. Should fewer rows go than the submission loaded (a row whose school key is none
/// of those), the rest are deleted by submission alone: slower, never incomplete.
/// </summary>
public static class FactRemover
{
    /// <summary>
    /// Returns the school codes whose stg_school_profile rows were removed (school_profile only; their versions need
    /// rebuilding). <paramref name="schoolKeys"/>: the submitting school's dim_school keys when the caller has read
    /// them; null: read here.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RemoveAsync(WarehouseDbContext db, LoadedSubmission submission, IReadOnlyCollection<int>? schoolKeys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(submission);
        var id = submission.SubmissionId;
        switch (SubmissionTemplates.ForName(submission.Kind)?.Kind)
        {
            case SubmissionKind.SchoolProfile:
                var schools = await db.StgSchoolProfiles.Where(s => s.SubmissionId == id)
                    .Select(s => s.SchoolCode).Distinct().ToListAsync(ct).ConfigureAwait(false);
                await db.FactSchoolResources.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                await db.StgSchoolProfiles.Where(s => s.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return schools;
            case SubmissionKind.Enrollment:
                if (await KeysOfAsync(db, submission, schoolKeys, ct).ConfigureAwait(false) is { } enrolledAt
                    && await db.FactEnrollments.Where(f => f.AcademicYear == submission.Year && enrolledAt.Contains(f.SchoolKey) && f.SubmissionId == id)
                        .ExecuteDeleteAsync(ct).ConfigureAwait(false) == submission.RowsLoaded)
                {
                    return [];
                }

                await db.FactEnrollments.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.GraduateDestination:
                if (await KeysOfAsync(db, submission, schoolKeys, ct).ConfigureAwait(false) is { } graduatedFrom
                    && await db.FactGraduateOutcomes.Where(f => f.GraduationYear == submission.Year && graduatedFrom.Contains(f.SchoolKey) && f.SubmissionId == id)
                        .ExecuteDeleteAsync(ct).ConfigureAwait(false) == submission.RowsLoaded)
                {
                    return [];
                }

                await db.FactGraduateOutcomes.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.RegionalIndustry:
                await db.FactRegionalIndustries.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            default:
                return [];
        }
    }

    /// <summary>The keys a row of the submission can carry: the submitting school's versions and the unknown member; null when the submission names no school or year.</summary>
    private static async Task<List<int>?> KeysOfAsync(WarehouseDbContext db, LoadedSubmission submission, IReadOnlyCollection<int>? schoolKeys, CancellationToken ct)
    {
        if (submission.SubmitterCode is not { } school || submission.Year is null)
        {
            return null;
        }

        var keys = schoolKeys?.ToList()
            ?? await db.DimSchools.Where(s => s.SchoolCode == school).Select(s => s.SchoolKey).ToListAsync(ct).ConfigureAwait(false);
        keys.Add(DimSchool.UnknownKey);
        return keys;
    }
}
