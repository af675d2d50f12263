using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Access;

/// <summary>
/// Whether a submitter's binding covers a submission's submitter: a school-bound submitter its own school's files; a
/// region-bound one the files of schools whose county lies in the region that year, and regional_industry files of the
/// region or below; an admin everything. A school unknown to the warehouse is inside no region yet.
/// </summary>
internal sealed class SubmissionPermission(IWarehouseContextFactory warehouse)
{
    private static readonly string[] _schoolKinds = [SubmissionKinds.SchoolProfile, SubmissionKinds.Enrollment, SubmissionKinds.GraduateDestination];

    public async Task<bool> CoversAsync(Caller caller, string kind, string? submitterCode, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsAdmin)
        {
            return true;
        }

        if (!caller.MaySubmit || submitterCode is null)
        {
            return false;
        }

        if (string.Equals(kind, SubmissionKinds.RegionalIndustry, StringComparison.Ordinal))
        {
            return caller.SchoolCode is null && caller.RegionCode is { } bound && RegionCodes.Covers(bound, submitterCode);
        }

        if (!_schoolKinds.Contains(kind))
        {
            return false;
        }

        if (caller.SchoolCode is { } school)
        {
            return string.Equals(school, submitterCode, StringComparison.Ordinal);
        }

        if (caller.RegionCode is not { } region)
        {
            return false;
        }

        var county = await CountyAsync(submitterCode, AcademicYear(kind, year), ct).ConfigureAwait(false);
        return county is not null && RegionCodes.Covers(region, county);
    }

    /// <summary>The county of a school in an academic year: the version valid then, else the current one, else its latest.</summary>
    private async Task<string?> CountyAsync(string schoolCode, int? academicYear, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        var versions = await db.DimSchools.AsNoTracking()
            .Where(s => s.SchoolCode == schoolCode)
            .Select(s => new { s.CountyCode, s.ValidFrom, s.ValidTo, s.IsCurrent })
            .ToListAsync(ct).ConfigureAwait(false);
        var then = academicYear is { } y ? versions.FirstOrDefault(v => v.ValidFrom <= y && y <= v.ValidTo) : null;
        return (then ?? versions.FirstOrDefault(v => v.IsCurrent) ?? versions.OrderByDescending(v => v.ValidFrom).FirstOrDefault())?.CountyCode;
    }

    /// <summary>A graduate file's year is its graduation year, which belongs to the academic year before it.</summary>
    private static int? AcademicYear(string kind, int? year) =>
        string.Equals(kind, SubmissionKinds.GraduateDestination, StringComparison.Ordinal) ? year - 1 : year;
}
