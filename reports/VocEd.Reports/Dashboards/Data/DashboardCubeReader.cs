using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Dashboards.Data;

/// <summary>
/// Reads what the dashboards show from cube_quality, cube_alignment, cube_alignment_section, dim_region and
/// dim_industry. Kept apart (this folder) because the reports' shared query layer will take its place.
/// </summary>
public static class DashboardCubeReader
{
    /// <summary>Years of history the trend charts show, the report year included.</summary>
    public const int TrendYears = 5;

    private static readonly string[] _levels = ["nation", "province", "prefecture"];

    /// <param name="options">The warehouse.</param>
    /// <param name="year">The academic year; null for the latest with cube rows.</param>
    /// <param name="ct">Cancels the reads.</param>
    public static async Task<DashboardCubeData> ReadAsync(WarehouseOptions options, int? year, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var latest = await db.CubeQuality.MaxAsync(q => (int?)q.AcademicYear, ct).ConfigureAwait(false)
            ?? throw new DashboardDataException("the cubes hold no data: ingest submissions and run voced refresh first");
        var y = year ?? latest;
        if (year is not null && !await db.CubeQuality.AnyAsync(q => q.AcademicYear == y, ct).ConfigureAwait(false))
        {
            throw new DashboardDataException(string.Create(CultureInfo.InvariantCulture, $"the cubes hold no data for academic year {y} (latest: {latest})"));
        }

        var first = y - TrendYears + 1;
        var quality = await db.CubeQuality.AsNoTracking()
            .Where(q => q.SchoolType == "all" && _levels.Contains(q.RegionLevel) && q.AcademicYear >= first && q.AcademicYear <= y)
            .ToListAsync(ct).ConfigureAwait(false);
        var alignment = await db.CubeAlignment.AsNoTracking()
            .Where(a => _levels.Contains(a.RegionLevel) && a.Year >= y - 1 && a.Year <= y)
            .ToListAsync(ct).ConfigureAwait(false);
        var sections = await db.CubeAlignmentSections.AsNoTracking()
            .Where(s => s.Year == y && s.SupplyBasis == "enrollment" && s.DemandBasis == "value_added" && _levels.Contains(s.RegionLevel))
            .ToListAsync(ct).ConfigureAwait(false);
        var regions = await db.DimRegions.AsNoTracking()
            .Where(r => _levels.Contains(r.RegionLevel))
            .ToListAsync(ct).ConfigureAwait(false);
        var industries = await db.DimIndustries.AsNoTracking()
            .Where(i => i.IndustryKey > 0)
            .OrderBy(i => i.SectionCode)
            .ToListAsync(ct).ConfigureAwait(false);
        var refreshed = quality.Where(q => q.AcademicYear == y).Max(q => q.RefreshedAt);
        return new DashboardCubeData(y, refreshed, regions, industries, quality, alignment, sections);
    }
}
