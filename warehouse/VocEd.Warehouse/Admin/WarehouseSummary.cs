using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Admin;

/// <summary>What a warehouse holds: reference dimensions by level, facts, submissions. Special members (key &lt; 0) are not counted.</summary>
public sealed record WarehouseSummary(IReadOnlyList<SummaryLine> Lines)
{
    public static async Task<WarehouseSummary> ReadAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lines = new List<SummaryLine>();
        async Task Add(string label, IQueryable<object> query) =>
            lines.Add(new SummaryLine(label, await query.CountAsync(ct).ConfigureAwait(false)));

        var regions = db.DimRegions.Where(r => r.RegionKey > 0);
        await Add("regions: nation", regions.Where(r => r.RegionLevel == "nation")).ConfigureAwait(false);
        await Add("regions: provinces", regions.Where(r => r.RegionLevel == "province")).ConfigureAwait(false);
        await Add("regions: prefectures", regions.Where(r => r.RegionLevel == "prefecture")).ConfigureAwait(false);
        await Add("regions: counties", regions.Where(r => r.RegionLevel == "county")).ConfigureAwait(false);
        foreach (var level in new[] { MajorLevels.Bachelor, MajorLevels.Associate, MajorLevels.Secondary, MajorLevels.Technical })
        {
            await Add($"major categories: {level}", db.DimMajorCategories.Where(c => c.Level == level)).ConfigureAwait(false);
        }

        foreach (var level in new[] { MajorLevels.Bachelor, MajorLevels.Associate, MajorLevels.Secondary })
        {
            await Add($"major classes: {level}", db.DimMajorClasses.Where(c => c.Level == level)).ConfigureAwait(false);
        }

        var majors = db.DimMajors.Where(m => m.MajorKey > 0);
        foreach (var level in new[] { MajorLevels.Bachelor, MajorLevels.Associate, MajorLevels.Secondary, MajorLevels.Technical })
        {
            await Add($"majors: {level}", majors.Where(m => m.Level == level)).ConfigureAwait(false);
        }

        await Add("majors: synthetic (never official)", majors.Where(m => m.IsSynthetic)).ConfigureAwait(false);
        await Add("major catalogs", db.DimMajorCatalogs).ConfigureAwait(false);
        await Add("industry sections", db.DimIndustries.Where(i => i.IndustryKey > 0)).ConfigureAwait(false);
        await Add("crosswalk edges", db.BridgeMajorIndustries).ConfigureAwait(false);
        await Add("destination codes", db.DimDestinations.Where(d => d.DestinationKey > 0)).ConfigureAwait(false);
        await Add("academic years", db.DimAcademicYears.Where(y => y.AcademicYear > 0)).ConfigureAwait(false);
        await Add("dates", db.DimDates.Where(d => d.DateKey > 0)).ConfigureAwait(false);
        await Add("schools (versions)", db.DimSchools.Where(s => s.SchoolKey > 0)).ConfigureAwait(false);
        await Add("fact_school_resources", db.FactSchoolResources).ConfigureAwait(false);
        await Add("fact_enrollment", db.FactEnrollments).ConfigureAwait(false);
        await Add("fact_graduate_outcome", db.FactGraduateOutcomes).ConfigureAwait(false);
        await Add("fact_regional_industry", db.FactRegionalIndustries).ConfigureAwait(false);
        await Add("submissions", db.EtlSubmissions).ConfigureAwait(false);
        return new WarehouseSummary(lines);
    }

    public int Count(string label) => Lines.Single(l => l.Label == label).Count;
}
