using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Exports;

/// <summary>The code lists a codebook carries: regions, school types, major categories, industry sections.</summary>
public sealed record CodeLists(
    IReadOnlyList<CodeListEntry> Regions,
    IReadOnlyList<CodeListEntry> SchoolTypes,
    IReadOnlyList<CodeListEntry> MajorCategories,
    IReadOnlyList<CodeListEntry> Sections)
{
    public static async Task<CodeLists> ReadAsync(IWarehouseContextFactory options, CancellationToken ct)
    {
        await using var db = options.CreateContext();
        var regions = await db.DimRegions.AsNoTracking()
            .Where(r => r.RegionLevel == "nation" || r.RegionLevel == "province" || r.RegionLevel == "prefecture")
            .OrderBy(r => r.RegionCode)
            .Select(r => new CodeListEntry(r.RegionCode, r.NameZh, r.RegionLevel))
            .ToListAsync(ct).ConfigureAwait(false);
        var economic = await db.DimRegions.AsNoTracking()
            .Where(r => r.RegionLevel == "province" && r.EconomicRegion != null)
            .Select(r => new { r.EconomicRegion, r.EconomicRegionZh }).Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        regions.InsertRange(1, economic.OrderBy(e => e.EconomicRegion, StringComparer.Ordinal)
            .Select(e => new CodeListEntry(e.EconomicRegion ?? string.Empty, e.EconomicRegionZh ?? string.Empty, "economic_region")));
        var categories = await db.DimMajorCategories.AsNoTracking()
            .Where(c => c.Level == "associate" || c.Level == "technical")
            .OrderBy(c => c.Level).ThenBy(c => c.CubeCode)
            .Select(c => new CodeListEntry(c.CubeCode, c.NameZh, c.Level == "technical" ? "technical" : "education (associate-level position)"))
            .ToListAsync(ct).ConfigureAwait(false);
        var sections = await db.DimIndustries.AsNoTracking()
            .Where(i => i.IndustryKey > 0)
            .OrderBy(i => i.SectionCode)
            .Select(i => new CodeListEntry(i.SectionCode, i.NameZh, i.SectorNameZh))
            .ToListAsync(ct).ConfigureAwait(false);
        CodeListEntry[] types =
        [
            new("all", "全部", "every school type"),
            new("secondary", "中等职业学校", "中职"),
            new("associate", "高职专科", "高职"),
            new("bachelor", "职业本科", "本科层次职业学校"),
            new("technical", "技工院校", "人社部门"),
        ];
        return new CodeLists(regions, types, categories, sections);
    }
}
