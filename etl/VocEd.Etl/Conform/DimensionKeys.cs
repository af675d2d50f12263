using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Etl.Conform;

/// <summary>
/// The surrogate keys of the reference dimensions, read once per run into memory: regions by code, majors by
/// (catalog, code) with the version in force in a year, industry sections by letter and by 2-digit division,
/// destinations by code. A code that is not found maps to the unknown member (−1).
/// </summary>
public sealed class DimensionKeys
{
    private readonly Dictionary<string, int> _regions;
    private readonly Dictionary<(string Catalog, string Code), (DateOnly From, int Key)[]> _majors;
    private readonly Dictionary<string, int> _sections;
    private readonly Dictionary<string, int> _divisions;
    private readonly Dictionary<string, int> _destinations;

    internal DimensionKeys(
        Dictionary<string, int> regions,
        Dictionary<(string Catalog, string Code), (DateOnly From, int Key)[]> majors,
        Dictionary<string, int> sections,
        Dictionary<string, int> divisions,
        Dictionary<string, int> destinations)
    {
        _regions = regions;
        _majors = majors;
        _sections = sections;
        _divisions = divisions;
        _destinations = destinations;
    }

    public static async Task<DimensionKeys> LoadAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var regions = await db.DimRegions.AsNoTracking().Where(r => r.RegionKey > 0)
            .ToDictionaryAsync(r => r.RegionCode, r => r.RegionKey, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var majors = (await db.DimMajors.AsNoTracking().Where(m => m.MajorKey > 0)
                .Select(m => new { m.CatalogCode, m.MajorCode, m.EffectiveFrom, m.MajorKey })
                .ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(m => (m.CatalogCode, m.MajorCode))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.EffectiveFrom).Select(m => (m.EffectiveFrom, m.MajorKey)).ToArray());
        var industries = await db.DimIndustries.AsNoTracking().Where(i => i.IndustryKey > 0).ToListAsync(ct).ConfigureAwait(false);
        var sections = industries.ToDictionary(i => i.SectionCode, i => i.IndustryKey, StringComparer.Ordinal);
        var divisions = industries
            .SelectMany(i => Enumerable.Range(i.DivisionFrom, i.DivisionTo - i.DivisionFrom + 1).Select(d => (Division: d, i.IndustryKey)))
            .ToDictionary(x => x.Division.ToString("00", CultureInfo.InvariantCulture), x => x.IndustryKey, StringComparer.Ordinal);
        var destinations = await db.DimDestinations.AsNoTracking().Where(d => d.DestinationKey > 0)
            .ToDictionaryAsync(d => d.DestinationCode, d => d.DestinationKey, StringComparer.Ordinal, ct).ConfigureAwait(false);
        return new DimensionKeys(regions, majors, sections, divisions, destinations);
    }

    /// <summary>CN, a province, prefecture or county code.</summary>
    public int Region(string? code) => code is not null && _regions.TryGetValue(code, out var key) ? key : DimRegion.UnknownKey;

    /// <summary>The major's newest catalog version in force by the end of <paramref name="year"/> (the oldest when none is).</summary>
    public int Major(string? catalog, string? code, int year)
    {
        if (catalog is null || code is null || !_majors.TryGetValue((catalog, code), out var versions))
        {
            return DimMajor.UnknownKey;
        }

        var endOfYear = new DateOnly(Math.Clamp(year, 1, 9999), 12, 31);
        foreach (var (from, key) in versions)
        {
            if (from <= endOfYear)
            {
                return key;
            }
        }

        return versions[^1].Key;
    }

    public int Section(string? section) => section is not null && _sections.TryGetValue(section, out var key) ? key : DimIndustry.UnknownKey;

    /// <summary>The section of a 2-digit GB/T 4754 division.</summary>
    public int Division(string? division) => division is not null && _divisions.TryGetValue(division, out var key) ? key : DimIndustry.UnknownKey;

    public int Destination(string? code) => code is not null && _destinations.TryGetValue(code, out var key) ? key : DimDestination.UnknownKey;

    /// <summary>dim_date's key of a day: yyyymmdd; unknown (−1) when absent.</summary>
    public static int Date(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : DimDate.UnknownKey;
}
