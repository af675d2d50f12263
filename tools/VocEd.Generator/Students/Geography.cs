using VocEd.Generator.Randomness;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Students;

/// <summary>County lists for drawing home and employer counties (all real codes from regions-areas.csv).</summary>
internal sealed class Geography
{
    private readonly Dictionary<string, string[]> _byPrefecture;
    private readonly Dictionary<string, string[]> _byProvince;
    private readonly string[] _all;
    private readonly string[] _east;

    public Geography(ReferenceDataSet reference)
    {
        var counties = reference.Counties.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        _byPrefecture = counties.GroupBy(c => c.PrefectureCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray(), StringComparer.Ordinal);
        _byProvince = counties.GroupBy(c => c.ProvinceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray(), StringComparer.Ordinal);
        _all = [.. counties.Select(c => c.Code)];
        var east = reference.Provinces.Where(p => p.EconomicRegion == "east").Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        _east = [.. counties.Where(c => east.Contains(c.ProvinceCode)).Select(c => c.Code)];
        CountyCodes = _all.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> CountyCodes { get; }

    /// <summary>A student's home county: mostly the school's prefecture or province.</summary>
    public string HomeCounty(ref Prng rng, string prefecture, string province, double local)
    {
        var r = rng.NextDouble();
        return r < local * 0.65 ? rng.Pick(_byPrefecture[prefecture])
            : r < local ? rng.Pick(_byProvince[province])
            : rng.Pick(_all);
    }

    /// <summary>An employer county: in the school's province with probability <paramref name="local"/>, else mostly in the east.</summary>
    public string EmployerCounty(ref Prng rng, string prefecture, string province, double local)
    {
        if (rng.Chance(local))
        {
            return rng.Chance(0.6) ? rng.Pick(_byPrefecture[prefecture]) : rng.Pick(_byProvince[province]);
        }

        return rng.Chance(0.7) ? rng.Pick(_east) : rng.Pick(_all);
    }
}
