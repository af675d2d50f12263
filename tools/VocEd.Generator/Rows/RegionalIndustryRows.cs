using VocEd.Generator.Planning;
using VocEd.Generator.Randomness;

namespace VocEd.Generator.Rows;

/// <summary>
/// Value added and employment per GB/T 4754 section for a province (or the nation, the sum of all 31, or a prefecture)
/// and year. Sector split from province-calibration.csv (eastern provinces more tertiary); sections within a sector from
/// national base weights, mining-heavy provinces with more B, Beijing and Shanghai with more I/J/M; GDP grows 5 % a year
/// from 2023. A prefecture (4-digit code) has a share of its province (a few per cent to a third) with every section
/// scaled up or down by its own factor, so prefectures differ in structure. Priority flags: the two largest of the
/// candidate sections are key industries, I and D strategic emerging, M a future industry.
/// </summary>
internal static class RegionalIndustryRows
{
    private static readonly string[] _sections = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"];
    private static readonly double[] _secondaryBase = [0.06, 0.74, 0.06, 0.14];
    private static readonly double[] _tertiaryBase = [0.18, 0.08, 0.03, 0.07, 0.15, 0.12, 0.05, 0.04, 0.01, 0.03, 0.06, 0.04, 0.01, 0.07, 0.0];
    private static readonly HashSet<string> _mining = new(StringComparer.Ordinal) { "14", "15", "61", "62", "63", "64", "65", "23" };
    private static readonly HashSet<string> _keyCandidates = new(StringComparer.Ordinal) { "B", "C", "D", "E", "F", "G", "H", "I", "J", "Q" };

    public static IReadOnlyList<string?[]> Build(string regionCode, int year, ulong seed)
    {
        var (valueAdded, employment) = regionCode == "CN"
            ? Sum(ProvinceCalibration.All.Keys.Order(StringComparer.Ordinal).Select(p => Model(ProvinceCalibration.All[p], year, seed)))
            : regionCode.Length == 4
                ? Prefecture(regionCode, Model(ProvinceCalibration.All[regionCode[..2]], year, seed), seed)
                : Model(ProvinceCalibration.All[regionCode], year, seed);
        var key = Enumerable.Range(0, _sections.Length).Where(i => _keyCandidates.Contains(_sections[i]))
            .OrderByDescending(i => valueAdded[i]).Take(2).Select(i => _sections[i]).ToHashSet(StringComparer.Ordinal);
        var future = regionCode == "CN" || Prng.For(seed, Prng.Hash(regionCode), 31).Chance(0.7);
        var rows = new List<string?[]>(_sections.Length);
        for (var i = 0; i < _sections.Length; i++)
        {
            var s = _sections[i];
            var priority = key.Contains(s) ? "key" : s is "I" or "D" ? "strategic_emerging" : s == "M" && future ? "future" : "none";
            rows.Add([regionCode, Formats.Int(year), s, Formats.Money(valueAdded[i]), Formats.Money(employment[i]), priority]);
        }

        return rows;
    }

    /// <summary>A prefecture's share of its province's figures, each section scaled by the prefecture's own factor (the same every year).</summary>
    private static (double[] ValueAdded, double[] Employment) Prefecture(string prefectureCode, (double[] ValueAdded, double[] Employment) province, ulong seed)
    {
        var rng = Prng.For(seed, Prng.Hash(prefectureCode), 59);
        var share = 0.03 + (0.3 * rng.NextDouble());
        var valueAdded = new double[_sections.Length];
        var employment = new double[_sections.Length];
        for (var i = 0; i < _sections.Length; i++)
        {
            var factor = share * Math.Exp(0.5 * rng.NextGaussian());
            valueAdded[i] = province.ValueAdded[i] * factor;
            employment[i] = province.Employment[i] * factor;
        }

        return (valueAdded, employment);
    }

    private static (double[] ValueAdded, double[] Employment) Model(ProvinceCalibration p, int year, ulong seed)
    {
        var rng = Prng.For(seed, Prng.Hash(p.ProvinceCode), (ulong)year, 33);
        var gdp = p.Gdp2023 * Math.Pow(1.05, year - 2023) * (1 + (0.01 * rng.NextGaussian()));
        var secondary = (double[])_secondaryBase.Clone();
        if (_mining.Contains(p.ProvinceCode))
        {
            secondary[0] = 0.22;
            secondary[1] = 0.58;
        }

        var tertiary = (double[])_tertiaryBase.Clone();
        if (p.ProvinceCode is "11" or "31")
        {
            tertiary[3] *= 2.2;
            tertiary[4] *= 1.4;
            tertiary[7] *= 2.5;
        }

        var va = new double[_sections.Length];
        va[0] = gdp * p.PrimaryShare;
        Spread(va, 1, secondary, gdp * p.SecondaryShare, ref rng);
        Spread(va, 5, tertiary, gdp * p.TertiaryShare, ref rng);

        // Employment: about 52 % of the population works; primary jobs weigh about three times their value-added share.
        var workers = p.Population10k * 0.52;
        var primaryJobs = Math.Min(0.6, p.PrimaryShare * 3.2);
        var em = new double[_sections.Length];
        em[0] = workers * primaryJobs;
        var rest = workers - em[0];
        var nonPrimary = gdp * (1 - p.PrimaryShare);
        for (var i = 1; i < _sections.Length; i++)
        {
            var labourIntensity = _sections[i] is "E" or "F" or "H" or "O" ? 1.6 : _sections[i] is "J" or "K" or "D" ? 0.45 : 1.0;
            em[i] = rest * va[i] / nonPrimary * labourIntensity;
        }

        var scale = rest / em.Skip(1).Sum();
        for (var i = 1; i < _sections.Length; i++)
        {
            em[i] *= scale;
        }

        return (va, em);
    }

    private static void Spread(double[] target, int offset, double[] weights, double total, ref Prng rng)
    {
        var jittered = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            jittered[i] = weights[i] * (0.9 + (0.2 * rng.NextDouble()));
        }

        var sum = jittered.Sum();
        for (var i = 0; i < jittered.Length; i++)
        {
            target[offset + i] = total * jittered[i] / sum;
        }
    }

    private static (double[], double[]) Sum(IEnumerable<(double[] ValueAdded, double[] Employment)> parts)
    {
        var va = new double[_sections.Length];
        var em = new double[_sections.Length];
        foreach (var (v, e) in parts)
        {
            for (var i = 0; i < _sections.Length; i++)
            {
                va[i] += v[i];
                em[i] += e[i];
            }
        }

        return (va, em);
    }
}
