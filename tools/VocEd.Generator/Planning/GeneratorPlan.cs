using System.Globalization;
using VocEd.Generator.Randomness;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Planning;

/// <summary>
/// The schools a run generates (per province and type, with size and majors) and the students expected,
/// computed without writing anything. Depends only on (scale, seed) and the reference data.
/// </summary>
public sealed class GeneratorPlan
{
    private GeneratorPlan(GeneratorScale scale, ulong seed, IReadOnlyList<string> provinces, IReadOnlyList<PlannedSchool> schools,
        IReadOnlyList<SchoolTypeProfile> types, double sizeFactor)
    {
        Scale = scale;
        Seed = seed;
        Provinces = provinces;
        Schools = schools;
        TypeProfiles = types;
        SizeFactor = sizeFactor;
    }

    public GeneratorScale Scale { get; }

    public ulong Seed { get; }

    /// <summary>Province codes covered, in code order.</summary>
    public IReadOnlyList<string> Provinces { get; }

    public IReadOnlyList<PlannedSchool> Schools { get; }

    public IReadOnlyList<SchoolTypeProfile> TypeProfiles { get; }

    /// <summary>School size relative to the published mean (tiny and small scales make smaller schools).</summary>
    public double SizeFactor { get; }

    /// <summary>
    /// The prefectures that submit regional_industry of their own, in code order: about half of each province's
    /// prefectures with schools (each by a coin of the seed, at least one per province), so the demo has prefecture
    /// alignment data and provinces where some prefectures have none.
    /// </summary>
    public IReadOnlyList<string> IndustryPrefectures =>
        [.. Schools.GroupBy(s => s.ProvinceCode, StringComparer.Ordinal).SelectMany(g =>
        {
            var codes = g.Select(s => s.PrefectureCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var chosen = codes.Where(c => Prng.For(Seed, Prng.Hash(c), 57).Chance(0.5)).ToList();
            return chosen.Count > 0 ? chosen : [codes[(int)(Prng.Mix(Seed, Prng.Hash(g.Key), 57) % (ulong)codes.Count)]];
        }).Order(StringComparer.Ordinal)];

    /// <summary>Schools per (province, type).</summary>
    public IReadOnlyDictionary<(string Province, string SchoolType), int> SchoolsByProvinceAndType =>
        Schools.GroupBy(s => (s.ProvinceCode, s.SchoolType)).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Expected students (enrolled or suspended) in a steady-state academic year, per school type.</summary>
    public IReadOnlyDictionary<string, double> ExpectedStudentsByType =>
        Schools.GroupBy(s => s.SchoolType, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(ExpectedStudents), StringComparer.Ordinal);

    public double ExpectedStudentsTotal => Schools.Sum(ExpectedStudents);

    public double ExpectedStudents(PlannedSchool school) =>
        school.Intake * TypeProfiles.First(t => t.SchoolType == school.SchoolType).MeanCountedYears;

    public static GeneratorPlan Create(GeneratorScale scale, ulong seed, ReferenceDataSet reference)
    {
        var types = SchoolTypeProfile.FromReference(reference);
        var (provinces, sizeFactor, targets) = Shape(scale, types);
        var calibration = ProvinceCalibration.All;
        var pool = new MajorPool(reference);
        var countiesByProvince = reference.Counties.GroupBy(c => c.ProvinceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var prefectureNames = reference.Prefectures.ToDictionary(p => p.Code, p => p.NameZh, StringComparer.Ordinal);
        var provinceRefs = reference.Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);

        var schools = new List<PlannedSchool>();
        var sequence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var counts = LargestRemainder(targets[type.SchoolType], provinces.Select(p => calibration[p].Population10k).ToList());
            for (var p = 0; p < provinces.Count; p++)
            {
                var province = provinceRefs[provinces[p]];
                for (var n = 0; n < counts[p]; n++)
                {
                    var rng = Prng.For(seed, Prng.Hash(province.Code), Prng.Hash(type.SchoolType), (ulong)n, 1);
                    var county = rng.Pick(countiesByProvince[province.Code]);
                    var key = county.PrefectureCode + TypeDigit(type.SchoolType);
                    var seq = sequence.GetValueOrDefault(key) + 1;
                    sequence[key] = seq;
                    var code = key + seq.ToString("D5", CultureInfo.InvariantCulture);
                    var size = Math.Exp((0.55 * rng.NextGaussian()) - (0.55 * 0.55 / 2));
                    var intake = Math.Max(4, type.StudentsPerSchool * sizeFactor * size / type.MeanCountedYears);
                    var majors = PickMajors(ref rng, pool.For(type.SchoolType, province.Code), type.SchoolType, intake);
                    var place = PlaceName(province, prefectureNames.GetValueOrDefault(county.PrefectureCode) ?? province.NameZh);
                    var (designation, from) = Designation(ref rng, type.SchoolType);
                    schools.Add(new PlannedSchool(
                        0, code, SchoolName(ref rng, type.SchoolType, place, province, seq), type.SchoolType,
                        rng.Chance(PrivateShare(type.SchoolType)) ? "private" : "public",
                        county.Code, county.PrefectureCode, province.Code, province.EconomicRegion,
                        intake, majors, designation, from));
                }
            }
        }

        var ordered = schools.OrderBy(s => s.Code, StringComparer.Ordinal).Select((s, i) => s with { Index = i }).ToList();
        return new GeneratorPlan(scale, seed, provinces, ordered, types, sizeFactor);
    }

    private static (IReadOnlyList<string> Provinces, double SizeFactor, Dictionary<string, int> Targets) Shape(
        GeneratorScale scale, IReadOnlyList<SchoolTypeProfile> types)
    {
        var national = types.ToDictionary(t => t.SchoolType, t => t.Schools, StringComparer.Ordinal);
        var all = ProvinceCalibration.All.Keys.Order(StringComparer.Ordinal).ToList();
        double totalPopulation = all.Sum(p => ProvinceCalibration.All[p].Population10k);
        Dictionary<string, int> Scaled(double factor, int min) =>
            national.ToDictionary(t => t.Key, t => Math.Max(min, (int)Math.Round(t.Value * factor)), StringComparer.Ordinal);
        return scale switch
        {
            GeneratorScale.Tiny => (["32", "44", "51"], 0.03, new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [MajorLevels.Secondary] = 8,
                [MajorLevels.Associate] = 4,
                [MajorLevels.Bachelor] = 1,
                [MajorLevels.Technical] = 7,
            }),
            GeneratorScale.Small => (["21", "32", "41", "44", "51", "61"], 0.2, Scaled(300.0 / national.Values.Sum(), 2)),
            GeneratorScale.Province => (["44"], 1.0, Scaled(ProvinceCalibration.All["44"].Population10k / totalPopulation, 1)),
            _ => (all, 1.0, national),
        };
    }

    private static List<int> LargestRemainder(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToList();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToList();
        var order = exact.Select((e, i) => (rest: e - Math.Floor(e), i)).OrderByDescending(x => x.rest).ThenBy(x => x.i).ToList();
        var missing = total - counts.Sum();
        for (var k = 0; k < missing; k++)
        {
            counts[order[k].i]++;
        }

        return counts;
    }

    private static IReadOnlyList<PlannedMajor> PickMajors(ref Prng rng, IReadOnlyList<PlannedMajor> pool, string type, double intake)
    {
        var (min, max) = type switch
        {
            MajorLevels.Secondary => (4, 10),
            MajorLevels.Associate => (10, 30),
            MajorLevels.Bachelor => (10, 25),
            _ => (5, 15),
        };
        var count = Math.Clamp(Math.Min(rng.Between(min, max), (int)(intake / 8) + 2), 2, pool.Count);
        var chosen = new List<PlannedMajor>(count);
        var taken = new HashSet<int>();
        while (chosen.Count < count)
        {
            var i = rng.Next(pool.Count);
            if (taken.Add(i))
            {
                chosen.Add(pool[i] with { Share = 0.3 + rng.NextDouble() });
            }
        }

        var total = chosen.Sum(m => m.Share);
        return [.. chosen.Select(m => m with { Share = m.Share / total })];
    }

    private static string TypeDigit(string type) => type switch
    {
        MajorLevels.Secondary => "1",
        MajorLevels.Associate => "2",
        MajorLevels.Bachelor => "3",
        _ => "4",
    };

    private static double PrivateShare(string type) => type switch
    {
        MajorLevels.Bachelor => 0.55,
        MajorLevels.Technical => 0.2,
        _ => 0.25,
    };

    private static (string? Designation, int From) Designation(ref Prng rng, string type)
    {
        var from = rng.Between(2016, 2026);
        return type switch
        {
            MajorLevels.Associate when rng.Chance(0.13) => ("双高计划", 2019),
            MajorLevels.Associate when rng.Chance(0.10) => ("示范校", from),
            MajorLevels.Secondary when rng.Chance(0.12) => ("示范校", from),
            MajorLevels.Secondary when rng.Chance(0.04) => ("示范校;双优计划", from),
            MajorLevels.Technical when rng.Chance(0.15) => ("国家级重点技工院校", from),
            _ => (null, 0),
        };
    }

    private static string PlaceName(ProvinceRef province, string prefecture) =>
        prefecture is "市辖区" or "县" || prefecture.Contains("直辖", StringComparison.Ordinal)
            ? province.NameZh.Replace("省", string.Empty, StringComparison.Ordinal).Replace("市", string.Empty, StringComparison.Ordinal)
            : prefecture;

    private static string SchoolName(ref Prng rng, string type, string place, ProvinceRef province, int seq)
    {
        string[] fields = ["工业", "信息", "交通", "商贸", "建筑", "卫生", "旅游", "机电", "农业", "财经", "艺术", "科技"];
        var field = rng.Pick(fields);
        var province2 = province.NameZh.Replace("省", string.Empty, StringComparison.Ordinal);
        return type switch
        {
            MajorLevels.Secondary => seq % 3 == 0 ? $"{place}第{seq}职业高级中学" : $"{place}{field}职业中等专业学校",
            MajorLevels.Associate => $"{place}{field}职业技术学院",
            MajorLevels.Bachelor => $"{province2}{field}职业技术大学",
            _ => (seq % 3) switch
            {
                0 => $"{place}技师学院",
                1 => $"{place}{field}高级技工学校",
                _ => $"{place}{field}技工学校",
            },
        };
    }
}
