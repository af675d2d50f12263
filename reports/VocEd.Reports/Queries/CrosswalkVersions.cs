using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Queries;

/// <summary>
/// The major → industry crosswalk versions a year's cubes used, in words: per crosswalk the latest version in force
/// by the year (the earliest when none is yet), as the cube refresh chooses them.
/// </summary>
internal static class CrosswalkVersions
{
    public static async Task<string> DescribeAsync(WarehouseOptions options, int year, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var versions = await db.BridgeMajorIndustries.AsNoTracking()
            .Select(b => new { b.Crosswalk, b.EffectiveFrom })
            .Distinct()
            .ToListAsync(ct).ConfigureAwait(false);
        var parts = versions.GroupBy(v => v.Crosswalk, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var inForce = g.Where(v => v.EffectiveFrom.Year <= year).Select(v => (DateOnly?)v.EffectiveFrom).Max() ?? g.Min(v => v.EffectiveFrom);
            var name = g.Key switch
            {
                "education" => "职业教育专业大类—行业门类对照表",
                "technical" => "技工院校专业类—行业门类对照表",
                _ => g.Key,
            };
            return $"{name}（{inForce.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}起施行的版本）";
        }).ToList();
        return parts.Count == 0
            ? "未载入专业—产业对照表。"
            : string.Join("；", parts) + "。对照表为本数据仓库自定的假设（暂无官方对照表）。";
    }
}
