using VocEd.Generator.Planning;
using VocEd.Generator.Randomness;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Rows;

/// <summary>The school_profile row of a school in an academic year (canonical column order).</summary>
internal static class SchoolProfileRows
{
    public static string?[] Build(PlannedSchool school, int academicYear, int students, ulong seed)
    {
        var rng = Prng.For(seed, Prng.Hash(school.Code), (ulong)academicYear, 11);
        var ratio = school.SchoolType switch
        {
            MajorLevels.Secondary => 19 + (3 * rng.NextGaussian()),
            MajorLevels.Associate => 17 + (2.5 * rng.NextGaussian()),
            MajorLevels.Bachelor => 16 + (2 * rng.NextGaussian()),
            _ => 20 + (3 * rng.NextGaussian()),
        };
        var fulltime = Math.Max(3, (int)Math.Round(students / Math.Max(10, ratio)));
        var dual = (int)Math.Round(fulltime * (0.35 + (0.3 * rng.NextDouble())));
        var parttime = (int)Math.Round(fulltime * (0.08 + (0.3 * rng.NextDouble())));
        var perStudent = school.SchoolType switch
        {
            MajorLevels.Associate => rng.Chance(0.08) ? 2500 + (1500 * rng.NextDouble()) : 6000 + (12000 * rng.NextDouble()),
            MajorLevels.Bachelor => 10000 + (15000 * rng.NextDouble()),
            MajorLevels.Technical => 4000 + (8000 * rng.NextDouble()),
            _ => 3000 + (6000 * rng.NextDouble()),
        };
        return
        [
            school.Code,
            school.Name,
            school.SchoolType,
            school.Sponsor,
            school.CountyCode,
            Formats.Int(academicYear),
            Formats.Int(students),
            Formats.Int(fulltime),
            Formats.Int(dual),
            Formats.Int(parttime),
            Formats.Int(parttime * rng.Between(40, 240)),
            Formats.Money(Math.Max(students, 50) * perStudent),
            Formats.Int((int)Math.Round(students * (0.4 + (0.5 * rng.NextDouble())))),
            Formats.Int(rng.Between(5, 60) + (students / 200)),
            school.DesignationsIn(academicYear),
        ];
    }
}
