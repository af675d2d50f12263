using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Templates;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Facts;

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
                var enrolledAt = await KeysOfAsync(db, submission, schoolKeys, ct).ConfigureAwait(false);
                await RemoveStudentRowsAsync(db.FactEnrollments, submission,
                    enrolledAt is null ? null : f => f.AcademicYear == submission.Year && enrolledAt.Contains(f.SchoolKey) && f.SubmissionId == id, ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.GraduateDestination:
                var graduatedFrom = await KeysOfAsync(db, submission, schoolKeys, ct).ConfigureAwait(false);
                await RemoveStudentRowsAsync(db.FactGraduateOutcomes, submission,
                    graduatedFrom is null ? null : f => f.GraduationYear == submission.Year && graduatedFrom.Contains(f.SchoolKey) && f.SubmissionId == id, ct).ConfigureAwait(false);
                return [];
            case SubmissionKind.RegionalIndustry:
                await db.FactRegionalIndustries.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return [];
            default:
                return [];
        }
    }

    /// <summary>
    /// Deletes the submission's rows through the key (<paramref name="throughKey"/>: year, school keys, submission;
    /// null when the submission names no school or year), then by submission alone unless that took all it loaded.
    /// </summary>
    private static async Task RemoveStudentRowsAsync<T>(IQueryable<T> facts, LoadedSubmission submission, Expression<Func<T, bool>>? throughKey, CancellationToken ct)
        where T : class, IFactRow
    {
        if (throughKey is not null && await facts.Where(throughKey).ExecuteDeleteAsync(ct).ConfigureAwait(false) == submission.RowsLoaded)
        {
            return;
        }

        var id = submission.SubmissionId;
        await facts.Where(f => f.SubmissionId == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
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
