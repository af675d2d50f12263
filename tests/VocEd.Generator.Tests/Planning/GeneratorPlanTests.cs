using VocEd.Generator.Planning;
using VocEd.Generator.Tests.Support;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Tests.Planning;

public sealed class GeneratorPlanTests
{
    private static GeneratorPlan National => GeneratorPlan.Create(GeneratorScale.National, GeneratorOptions.DefaultSeed, GeneratedRuns.Reference);

    [TestCase(MajorLevels.Secondary, 7085)]
    [TestCase(MajorLevels.Associate, 1562)]
    [TestCase(MajorLevels.Bachelor, 51)]
    [TestCase(MajorLevels.Technical, 2551)]
    public void National_plan_school_counts_by_type_are_the_published_totals(string type, int published) =>
        Assert.That(National.Schools.Count(s => s.SchoolType == type), Is.EqualTo(published).Within(1).Percent);

    [Test]
    public void National_plan_student_shares_by_type_are_within_two_points_of_the_published_shares()
    {
        var plan = National;
        var published = plan.TypeProfiles.ToDictionary(t => t.SchoolType, t => (double)t.Students);
        var publishedTotal = published.Values.Sum();
        var planned = plan.ExpectedStudentsByType;

        Assert.Multiple(() =>
        {
            foreach (var (type, students) in published)
            {
                Assert.That(planned[type] / plan.ExpectedStudentsTotal, Is.EqualTo(students / publishedTotal).Within(0.02), type);
            }
        });
    }

    [Test]
    public void National_plan_has_about_35_million_students_in_all_31_provinces()
    {
        var plan = National;

        Assert.Multiple(() =>
        {
            Assert.That(plan.ExpectedStudentsTotal, Is.InRange(30e6, 38e6));
            Assert.That(plan.Provinces, Has.Count.EqualTo(31));
            Assert.That(plan.SchoolsByProvinceAndType.Keys.Select(k => k.Province).Distinct().Count(), Is.EqualTo(31));
        });
    }

    [Test]
    public void Populous_provinces_get_more_schools()
    {
        var byProvince = National.Schools.GroupBy(s => s.ProvinceCode).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(byProvince["44"], Is.GreaterThan(byProvince["54"] * 10));
    }

    [Test]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        var a = GeneratorPlan.Create(GeneratorScale.Small, 5, GeneratedRuns.Reference);
        var b = GeneratorPlan.Create(GeneratorScale.Small, 5, GeneratedRuns.Reference);
        var c = GeneratorPlan.Create(GeneratorScale.Small, 6, GeneratedRuns.Reference);

        Assert.Multiple(() =>
        {
            Assert.That(a.Schools.Select(s => (s.Code, s.Name, s.Intake, s.CountyCode)), Is.EqualTo(b.Schools.Select(s => (s.Code, s.Name, s.Intake, s.CountyCode))));
            Assert.That(a.Schools.Select(s => s.CountyCode), Is.Not.EqualTo(c.Schools.Select(s => s.CountyCode)));
        });
    }

    [TestCase(GeneratorScale.Tiny, 18, 22, 3)]
    [TestCase(GeneratorScale.Small, 280, 320, 6)]
    [TestCase(GeneratorScale.Province, 900, 1100, 1)]
    public void Scales_have_the_documented_size(GeneratorScale scale, int min, int max, int provinces)
    {
        var plan = GeneratorPlan.Create(scale, 1, GeneratedRuns.Reference);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Schools, Has.Count.InRange(min, max));
            Assert.That(plan.Provinces, Has.Count.EqualTo(provinces));
        });
    }

    [Test]
    public void School_codes_are_unique_ten_digit_codes_in_real_counties()
    {
        var plan = National;
        var counties = GeneratedRuns.Reference.Counties.Select(c => c.Code).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(plan.Schools.Select(s => s.Code), Is.Unique);
            Assert.That(plan.Schools.Select(s => s.Code), Has.All.Match("^[0-9]{10}$"));
            Assert.That(plan.Schools.All(s => counties.Contains(s.CountyCode) && s.CountyCode.StartsWith(s.ProvinceCode, StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public void Majors_fit_each_school_type_and_only_Guangdong_technical_schools_teach_featured_majors()
    {
        var reference = GeneratedRuns.Reference;
        var level = reference.EducationMajors.ToDictionary(m => m.MajorCode, m => m.Level);
        var featured = reference.TechnicalMajors.Where(m => m.CatalogCode == "technical-44").Select(m => m.MajorCode).ToHashSet();
        var national = reference.TechnicalMajors.Where(m => m.CatalogCode == "technical-national").Select(m => m.MajorCode).ToHashSet();
        var schools = National.Schools;

        Assert.Multiple(() =>
        {
            foreach (var s in schools.Where(s => s.SchoolType != MajorLevels.Technical))
            {
                Assert.That(s.Majors.All(m => level[m.Code] == s.SchoolType), Is.True, s.Code);
            }

            Assert.That(schools.Where(s => s.SchoolType == MajorLevels.Technical && s.ProvinceCode != "44")
                .All(s => s.Majors.All(m => national.Contains(m.Code))), Is.True);
            Assert.That(schools.Where(s => s.SchoolType == MajorLevels.Technical && s.ProvinceCode == "44")
                .Any(s => s.Majors.Any(m => featured.Contains(m.Code))), Is.True);
        });
    }
}
