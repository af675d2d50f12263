using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Cubes;

/// <summary>The headline numbers of the latest academic year: placement rate and mismatch index (enrollment against value added), for the nation and each province.</summary>
public sealed record CubeHeadlines(int? AcademicYear, IReadOnlyList<CubeHeadline> Regions)
{
    public static async Task<CubeHeadlines> ReadAsync(IWarehouseContextFactory options, CancellationToken ct)
    {
        await using var db = options.CreateContext();
        var year = await db.CubeQuality.MaxAsync(q => (int?)q.AcademicYear, ct).ConfigureAwait(false);
        if (year is null)
        {
            return new CubeHeadlines(null, []);
        }

        var quality = await db.CubeQuality.AsNoTracking()
            .Where(q => q.AcademicYear == year && q.SchoolType == "all" && (q.RegionLevel == "nation" || q.RegionLevel == "province"))
            .ToListAsync(ct).ConfigureAwait(false);
        var mismatch = await db.CubeAlignment.AsNoTracking()
            .Where(a => a.Year == year && a.SupplyBasis == "enrollment" && a.DemandBasis == "value_added")
            .ToDictionaryAsync(a => a.RegionCode, a => a.MismatchIndex, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var rows = quality
            .OrderBy(q => q.RegionLevel == "nation" ? 0 : 1).ThenBy(q => q.RegionCode, StringComparer.Ordinal)
            .Select(q => new CubeHeadline(q.RegionCode, q.RegionLevel, q.Schools, q.Students, q.Graduates, q.PlacementRate, mismatch.TryGetValue(q.RegionCode, out var m) ? m : null))
            .ToList();
        return new CubeHeadlines(year, rows);
    }
}
