using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Etl.Load;

/// <summary>
/// Rebuilds one school's type-2 history in dim_school from its stg_school_profile rows (one per academic year):
/// consecutive years with the same type, sponsor, county and designations form one version (valid_from = its first
/// year, valid_to = the next version's valid_from − 1, the last open-ended and current); the name is type 1 (every
/// version takes the latest year's name). Existing rows are reconciled by valid_from (updated in place, new ones
/// inserted, extra ones deleted), and when the year → version mapping changed, the school's fact rows are
/// re-pointed to the version valid in their academic year (a year before the first version takes the first).
/// Runs inside the caller's transaction.
/// </summary>
public sealed class SchoolVersioner(DimensionKeys keys)
{
    /// <summary>Rebuilds the versions of <paramref name="schoolCode"/>; returns true when fact rows were re-pointed.</summary>
    public async Task<bool> RebuildAsync(WarehouseDbContext db, string schoolCode, CancellationToken ct) =>
        (await RebuildWithVersionsAsync(db, schoolCode, ct).ConfigureAwait(false)).Repointed;

    /// <summary>
    /// <see cref="RebuildAsync"/>, also returning the school's versions after it (valid from, valid to, key) and its
    /// latest year's staged profile, so the caller needs no second read of either.
    /// </summary>
    public async Task<SchoolRebuild> RebuildWithVersionsAsync(WarehouseDbContext db, string schoolCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var years = await db.StgSchoolProfiles.AsNoTracking()
            .Where(s => s.SchoolCode == schoolCode)
            .OrderBy(s => s.AcademicYear)
            .ToListAsync(ct).ConfigureAwait(false);
        var existing = await db.DimSchools.Where(s => s.SchoolCode == schoolCode).OrderBy(s => s.ValidFrom).ToListAsync(ct).ConfigureAwait(false);
        var before = existing.Select(s => (s.SchoolKey, s.ValidFrom, s.ValidTo)).ToList();

        var desired = Versions(years);
        var byFrom = existing.ToDictionary(s => s.ValidFrom);
        var kept = new List<DimSchool>();
        foreach (var version in desired)
        {
            if (byFrom.Remove(version.ValidFrom, out var row))
            {
                Copy(version, row);
                kept.Add(row);
            }
            else
            {
                db.DimSchools.Add(version);
                kept.Add(version);
            }
        }

        db.DimSchools.RemoveRange(byFrom.Values);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var after = kept.Select(s => (s.SchoolKey, s.ValidFrom, s.ValidTo)).ToList();
        var result = new SchoolRebuild(false, [.. after.Select(a => (a.ValidFrom, a.ValidTo, a.SchoolKey))], years.Count > 0 ? years[^1] : null);
        if (before.Count == 0 || before.SequenceEqual(after))
        {
            // A new school has no facts yet (their rows were rejected as unknown_school); an unchanged mapping needs nothing.
            return result;
        }

        var schoolKeys = before.Select(b => b.SchoolKey).Concat(after.Select(a => a.SchoolKey)).Distinct().ToList();
        await RepointAsync(db, schoolKeys, after, ct).ConfigureAwait(false);
        return result with { Repointed = true };
    }

    private List<DimSchool> Versions(List<StgSchoolProfile> years)
    {
        var versions = new List<DimSchool>();
        if (years.Count == 0)
        {
            return versions;
        }

        var name = years[^1].SchoolName;
        foreach (var year in years)
        {
            var last = versions.Count > 0 ? versions[^1] : null;
            if (last is not null && SameAttributes(last, year))
            {
                continue;
            }

            if (last is not null)
            {
                last.ValidTo = year.AcademicYear - 1;
                last.IsCurrent = false;
            }

            versions.Add(new DimSchool
            {
                SchoolCode = year.SchoolCode,
                SchoolName = name,
                SchoolType = year.SchoolType,
                Sponsor = year.Sponsor,
                OwnerLevel = year.OwnerLevel,
                CountyCode = year.CountyCode,
                RegionKey = keys.Region(year.CountyCode),
                Designations = year.Designations,
                ValidFrom = year.AcademicYear,
                ValidTo = DimSchool.OpenEnded,
                IsCurrent = true,
                SubmissionId = year.SubmissionId,
                SourceRowNumber = year.SourceRowNumber,
            });
        }

        return versions;
    }

    private static bool SameAttributes(DimSchool version, StgSchoolProfile year) =>
        string.Equals(version.SchoolType, year.SchoolType, StringComparison.Ordinal)
        && string.Equals(version.Sponsor, year.Sponsor, StringComparison.Ordinal)
        && string.Equals(version.CountyCode, year.CountyCode, StringComparison.Ordinal)
        && string.Equals(version.Designations ?? string.Empty, year.Designations ?? string.Empty, StringComparison.Ordinal);

    private static void Copy(DimSchool from, DimSchool to)
    {
        to.SchoolName = from.SchoolName;
        to.SchoolType = from.SchoolType;
        to.Sponsor = from.Sponsor;
        to.OwnerLevel = from.OwnerLevel;
        to.CountyCode = from.CountyCode;
        to.RegionKey = from.RegionKey;
        to.Designations = from.Designations;
        to.ValidTo = from.ValidTo;
        to.IsCurrent = from.IsCurrent;
        to.SubmissionId = from.SubmissionId;
        to.SourceRowNumber = from.SourceRowNumber;
    }

    private static async Task RepointAsync(WarehouseDbContext db, List<int> schoolKeys, List<(int SchoolKey, int ValidFrom, int ValidTo)> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            await db.FactEnrollments.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            await db.FactGraduateOutcomes.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            await db.FactSchoolResources.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var key = versions[i].SchoolKey;
            var from = i == 0 ? int.MinValue / 2 : versions[i].ValidFrom;
            var to = versions[i].ValidTo;
            await db.FactEnrollments.Where(f => f.AcademicYear >= from && f.AcademicYear <= to && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
            // A graduate's academic year is the one before the graduation year.
            var graduatedFrom = from + 1;
            var graduatedTo = to + 1;
            await db.FactGraduateOutcomes.Where(f => f.GraduationYear >= graduatedFrom && f.GraduationYear <= graduatedTo && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
            await db.FactSchoolResources.Where(f => f.AcademicYear >= from && f.AcademicYear <= to && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
        }
    }
}

/// <summary>
/// One school's rebuild: whether facts were re-pointed, its dim_school versions (valid from, valid to, key) in order,
/// and its latest year's staged profile (null: none left).
/// </summary>
public sealed record SchoolRebuild(bool Repointed, IReadOnlyList<(int From, int To, int Key)> Versions, StgSchoolProfile? Latest);
