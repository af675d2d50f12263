using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Catalog;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Queries;

/// <summary>
/// The nation, provinces and prefectures of dim_region: names, the children of a region, every region of a level.
/// The reports and the dashboards name and walk regions through it.
/// </summary>
public sealed class RegionDirectory
{
    private readonly Dictionary<string, (string Name, string Level)> _regions;

    private RegionDirectory(Dictionary<string, (string Name, string Level)> regions)
    {
        _regions = regions;
    }

    public static async Task<RegionDirectory> LoadAsync(WarehouseOptions options, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var rows = await db.DimRegions.AsNoTracking()
            .Where(r => r.RegionLevel == "nation" || r.RegionLevel == "province" || r.RegionLevel == "prefecture")
            .Select(r => new { r.RegionCode, r.NameZh, r.RegionLevel })
            .ToListAsync(ct).ConfigureAwait(false);
        return new RegionDirectory(rows.ToDictionary(r => r.RegionCode, r => (r.NameZh, r.RegionLevel), StringComparer.Ordinal));
    }

    public bool Contains(string code) => _regions.ContainsKey(code);

    public string Name(string code) => _regions.TryGetValue(code, out var region) ? region.Name : code;

    /// <summary>The report's region checked against dim_region: an unknown code is an error naming it.</summary>
    public void Require(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Contains(scope.Code))
        {
            throw new ArgumentException($"unknown region {scope.Code}: not in the statistical code list (dim_region)", nameof(scope));
        }
    }

    /// <summary>The codes one level below: provinces of CN, prefectures of a province; none below a prefecture.</summary>
    public IReadOnlyList<string> ChildrenOf(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Level switch
        {
            ScopeLevel.Nation => Codes("province", null),
            ScopeLevel.Province => Codes("prefecture", scope.Code),
            _ => [],
        };
    }

    /// <summary>The nation, then every province and prefecture, in code order (a prefecture right after its province).</summary>
    public IReadOnlyList<ReportScope> All() =>
        [.. _regions.Keys
            .OrderBy(code => code == ReportScope.NationCode ? 0 : 1)
            .ThenBy(code => code, StringComparer.Ordinal)
            .Select(ReportScope.Parse)];

    /// <summary>Every province, or every prefecture of <paramref name="province"/>, in code order (for a fan-out).</summary>
    public IReadOnlyList<ReportScope> Scopes(ScopeLevel level, string? province) =>
        [.. Codes(level == ScopeLevel.Province ? "province" : "prefecture", province).Select(ReportScope.Parse)];

    private List<string> Codes(string level, string? prefix) =>
        [.. _regions.Where(r => r.Value.Level == level && (prefix is null || r.Key.StartsWith(prefix, StringComparison.Ordinal))).Select(r => r.Key).Order(StringComparer.Ordinal)];
}
