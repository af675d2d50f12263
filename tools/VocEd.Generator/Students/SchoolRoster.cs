using VocEd.Generator.People;
using VocEd.Generator.Planning;
using VocEd.Generator.Randomness;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Students;

/// <summary>
/// All students of one school whose programmes overlap the run's years, cohort by cohort. Each cohort is
/// built in a fixed order from the seed, so any year can be produced without the others. Citizen IDs are
/// unique within the school: the first sequence digit is the entry year's last digit (the run spans at most
/// ten entry years), and a per-cohort set resolves the rare clash deterministically.
/// </summary>
internal sealed class SchoolRoster
{
    private readonly List<Student> _students = [];

    public SchoolRoster(PlannedSchool school, ulong seed, int firstYear, int lastYear, Geography geography)
    {
        School = school;
        var programmes = Programmes.DurationsOf(school.SchoolType);
        var shares = programmes.Select(p => p.Share).ToArray();
        var dropout = SchoolTypeProfile.DropoutShareOf(school.SchoolType);
        var maleShare = school.SchoolType == MajorLevels.Technical ? 0.66 : school.SchoolType == MajorLevels.Secondary ? 0.56 : 0.52;
        var local = school.EconomicRegion == "east" ? 0.85 : 0.93;
        var schoolKey = ulong.Parse(school.Code, System.Globalization.CultureInfo.InvariantCulture);
        for (var entry = firstYear - Programmes.MaxYears + 1; entry <= lastYear; entry++)
        {
            var used = new HashSet<long>();
            for (var m = 0; m < school.Majors.Count; m++)
            {
                var sizeRng = Prng.For(seed, schoolKey, (ulong)entry, (ulong)m, 7);
                var size = (int)Math.Round(school.Intake * school.Majors[m].Share * (0.85 + (0.3 * sizeRng.NextDouble())));
                for (var i = 0; i < size; i++)
                {
                    var studentSeed = Prng.Mix(seed, schoolKey, (ulong)entry, (ulong)m, (ulong)i + 1000);
                    var rng = new Prng(studentSeed);
                    var programme = programmes[rng.Pick(shares)];
                    var male = rng.Chance(maleShare);
                    var home = geography.HomeCounty(ref rng, school.PrefectureCode, school.ProvinceCode, local);
                    var age = programme.Route == "expansion" ? rng.Between(20, 40) : programme.EntryAge + (rng.Chance(0.25) ? 1 : 0);
                    var birth = new DateOnly(entry - age - 1, 9, 1).AddDays(rng.Next(365));
                    var id = UniqueId(ref rng, used, home, birth, entry, male);
                    var name = ChineseNames.Next(ref rng, male);
                    var dropoutGrade = rng.Chance(dropout) ? rng.Between(1, programme.Years) : 0;
                    var suspendedGrade = rng.Chance(0.01) ? rng.Between(1, programme.Years) : 0;
                    _students.Add(new Student(id, name, male, m, entry, programme, home, dropoutGrade, suspendedGrade, studentSeed));
                }
            }
        }
    }

    public PlannedSchool School { get; }

    /// <summary>Students at the school in an academic year (any status), in roster order.</summary>
    public IEnumerable<Student> In(int academicYear) => _students.Where(s => s.StatusIn(academicYear) is not null);

    /// <summary>Students who finish their programme at the end of an academic year.</summary>
    public IEnumerable<Student> GraduatingAfter(int academicYear) => _students.Where(s => s.GraduatesAfter(academicYear));

    /// <summary>Students counted in 在校生数 (enrolled or suspended) in an academic year.</summary>
    public int CountedIn(int academicYear) => _students.Count(s => s.StatusIn(academicYear) is "enrolled" or "suspended");

    private static string UniqueId(ref Prng rng, HashSet<long> used, string county, DateOnly birth, int entry, bool male)
    {
        var first = entry % 10;
        var start = rng.Next(50);
        for (var day = 0; ; day++)
        {
            var date = birth.AddDays(day);
            for (var k = 0; k < 50; k++)
            {
                var combo = (start + k) % 50;
                var sequence = (first * 100) + ((combo / 5) * 10) + ((combo % 5) * 2) + (male ? 1 : 0);
                var key = (long.Parse(county, System.Globalization.CultureInfo.InvariantCulture) * 100_000_000L * 1000L)
                    + (((date.Year * 10000L) + (date.Month * 100L) + date.Day) * 1000L) + sequence;
                if (used.Add(key))
                {
                    return CitizenId.Build(county, date, sequence);
                }
            }
        }
    }
}
