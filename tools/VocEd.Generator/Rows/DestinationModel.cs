using VocEd.Generator.Planning;
using VocEd.Generator.Randomness;
using VocEd.Generator.Students;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Rows;

/// <summary>
/// Draws a graduate's destination, employer industry and county, salary and job relatedness.
/// Placement rates (落实率) vary by economic region and school (0.86–0.98); salaries by region and school type,
/// around the MyCOS 高职 mean in national-figures.csv; industries follow the major→industry crosswalk when the job relates to the major.
/// </summary>
internal sealed class DestinationModel
{
    private static readonly string[] _employed = ["10", "11", "12", "27", "46", "50", "51", "75", "76"];
    private static readonly double[] _employedWeights = [25, 45, 15, 0.2, 2, 1, 1, 2, 8.8];
    private static readonly string[] _further = ["80", "81", "82"];
    private static readonly double[] _furtherWeights = [85, 12, 3];
    private static readonly string[] _notPlaced = ["70", "71", "72"];
    private static readonly double[] _notPlacedWeights = [60, 30, 10];
    private static readonly string[] _genericSections = ["C", "E", "F", "G", "H", "I", "L", "O", "Q"];
    private static readonly double[] _genericWeights = [30, 8, 15, 8, 10, 6, 8, 8, 7];

    private readonly Dictionary<string, (string[] Sections, double[] Weights)> _crosswalk;
    private readonly Dictionary<string, (int From, int To)> _divisions;
    private readonly Geography _geography;
    private readonly double _salaryMean;

    public DestinationModel(ReferenceDataSet reference, Geography geography)
    {
        _geography = geography;
        _crosswalk = reference.Crosswalk.GroupBy(c => c.CategoryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Select(c => c.Section).ToArray(), g.Select(c => (double)c.Weight).ToArray()), StringComparer.Ordinal);
        _divisions = reference.IndustrySections.ToDictionary(s => s.Section, s => (s.DivisionFrom, s.DivisionTo), StringComparer.Ordinal);
        _salaryMean = (double)(reference.NationalFigures.Where(f => f.Metric == "monthly_income").MaxBy(f => f.Year)?.Value ?? 4683m);
    }

    /// <summary>The school's placement rate in a graduation year.</summary>
    public static double PlacementRate(PlannedSchool school, int graduationYear, ulong seed)
    {
        var rng = Prng.For(seed, Prng.Hash(school.Code), (ulong)graduationYear, 21);
        var regional = school.EconomicRegion switch { "east" => 0.945, "central" => 0.93, "west" => 0.915, _ => 0.91 };
        var type = school.SchoolType == MajorLevels.Technical ? 0.01 : 0;
        return Math.Clamp(regional + type + (0.025 * rng.NextGaussian()), 0.86, 0.98);
    }

    public string?[] Build(PlannedSchool school, Student student, int graduationYear, double placementRate)
    {
        var rng = new Prng(student.Seed ^ 0xD1B54A32D192ED03UL);
        var survey = new DateOnly(graduationYear, 7, 1).AddDays(rng.Next(92));
        var major = school.Majors[student.MajorIndex];
        string?[] row = [school.Code, Formats.Int(graduationYear), student.CitizenId, major.Code, null, null, null, null, null, Formats.Date(survey)];
        if (!rng.Chance(placementRate))
        {
            row[4] = _notPlaced[rng.Pick(_notPlacedWeights)];
            return row;
        }

        var (employed, further) = school.SchoolType switch
        {
            MajorLevels.Secondary => (0.30, 0.695),
            MajorLevels.Associate => (0.80, 0.19),
            MajorLevels.Bachelor => (0.72, 0.26),
            _ => (0.90, 0.095),
        };
        var r = rng.NextDouble();
        if (r >= employed)
        {
            row[4] = r < employed + further ? _further[rng.Pick(_furtherWeights)] : "85";
            return row;
        }

        row[4] = _employed[rng.Pick(_employedWeights)];
        var relatedShare = school.SchoolType switch
        {
            MajorLevels.Technical => 0.8,
            MajorLevels.Bachelor => 0.72,
            MajorLevels.Associate => 0.66,
            _ => 0.6,
        };
        var related = rng.Chance(relatedShare);
        var section = related && _crosswalk.TryGetValue(major.CrosswalkKey, out var edges)
            ? edges.Sections[rng.Pick(edges.Weights)]
            : _genericSections[rng.Pick(_genericWeights)];
        var (from, to) = _divisions[section];
        var typeLocal = school.SchoolType switch
        {
            MajorLevels.Technical or MajorLevels.Secondary => 0.05,
            MajorLevels.Bachelor => -0.08,
            _ => 0,
        };
        var local = typeLocal + school.EconomicRegion switch { "east" => 0.86, "central" => 0.66, "west" => 0.72, _ => 0.58 };
        var regionFactor = school.EconomicRegion switch { "east" => 1.12, "central" => 0.93, "west" => 0.9, _ => 0.88 };
        var typeFactor = school.SchoolType switch
        {
            MajorLevels.Secondary => 0.8,
            MajorLevels.Bachelor => 1.15,
            MajorLevels.Technical => 0.95,
            _ => 1.0,
        };
        var salary = _salaryMean * regionFactor * typeFactor * Math.Exp((0.3 * rng.NextGaussian()) - 0.045);
        row[5] = Formats.Division(rng.Between(from, to));
        row[6] = _geography.EmployerCounty(ref rng, school.PrefectureCode, school.ProvinceCode, local);
        row[7] = Formats.Money(Math.Clamp(Math.Round(salary / 10) * 10, 1500, 60000));
        row[8] = related ? "Y" : "N";
        return row;
    }
}
