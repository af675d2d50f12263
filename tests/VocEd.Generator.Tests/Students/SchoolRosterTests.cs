using System.Globalization;
using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests.Students;

public sealed class SchoolRosterTests
{
    [Test]
    public void Students_move_up_one_grade_a_year_and_dropouts_leave()
    {
        var directory = GeneratedRuns.TinyClean.Directory;
        var y2023 = SubmissionRows.Of(directory, "enrollment", 2023).Select(r => r.Row).ToList();
        var y2024 = SubmissionRows.Of(directory, "enrollment", 2024).ToDictionary(r => (r.Row["school_code"], r.Row["citizen_id"]), r => r.Row);
        var graduates = SubmissionRows.Of(directory, "graduate_destination", 2023).Select(r => (r.Row["school_code"], r.Row["citizen_id"])).ToHashSet();
        var continuing = y2023.Where(r => SubmissionRows.English("enrollment", "status", r["status"]) != "dropped" && !graduates.Contains((r["school_code"], r["citizen_id"]))).ToList();
        var dropped = y2023.Where(r => SubmissionRows.English("enrollment", "status", r["status"]) == "dropped").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(continuing, Has.Count.GreaterThan(500));
            Assert.That(continuing.Where(r => !y2024.TryGetValue((r["school_code"], r["citizen_id"]), out var next) || int.Parse(next["grade"]!, CultureInfo.InvariantCulture) != int.Parse(r["grade"]!, CultureInfo.InvariantCulture) + 1)
                .Select(r => r["citizen_id"]), Is.Empty);
            Assert.That(dropped, Is.Not.Empty);
            Assert.That(dropped.Where(r => y2024.ContainsKey((r["school_code"], r["citizen_id"]))), Is.Empty);
        });
    }

    [Test]
    public void Graduates_are_the_final_grade_students_of_the_year_before()
    {
        var directory = GeneratedRuns.TinyClean.Directory;
        var enrolled = SubmissionRows.Of(directory, "enrollment", 2024).ToDictionary(r => (r.Row["school_code"], r.Row["citizen_id"]), r => r.Row);
        var graduates = SubmissionRows.Of(directory, "graduate_destination", 2024).Select(r => r.Row).ToList();
        var next = SubmissionRows.Of(directory, "enrollment", 2025).Select(r => r.Row["citizen_id"]).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(graduates, Has.Count.GreaterThan(100));
            Assert.That(graduates.Where(g => !enrolled.ContainsKey((g["school_code"], g["citizen_id"]))), Is.Empty);
            Assert.That(graduates.All(g => g["graduation_year"] == "2025"), Is.True);
            Assert.That(next, Is.Empty, "no enrollment beyond the last academic year");
        });
    }

    [Test]
    public void Citizen_ids_carry_a_real_county_and_agree_with_gender()
    {
        var counties = GeneratedRuns.Reference.Counties.Select(c => c.Code).ToHashSet();
        var rows = SubmissionRows.Of(GeneratedRuns.TinyClean.Directory, "enrollment").Select(r => r.Row).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Where(r => !counties.Contains(r["citizen_id"]![..6])), Is.Empty); // citizen_id is required and present
            Assert.That(rows.Where(r => r["citizen_id"]![..6] != r["home_county_code"]), Is.Empty); // as above
            Assert.That(rows.Where(r => ((r["citizen_id"]![16] - '0') % 2 == 1) != (SubmissionRows.English("enrollment", "gender", r["gender"]) == "M")), Is.Empty); // as above
        });
    }

    [Test]
    public void Generated_students_match_the_plan_within_five_percent()
    {
        var (directory, _) = GeneratedRuns.SmallClean;
        var plan = new SampleGenerator(GeneratedRuns.Reference).Plan(new GeneratorOptions(GeneratorScale.Small, 2024, directory));
        var counted = SubmissionRows.Of(directory, "school_profile").Sum(r => long.Parse(r.Row["students_total"]!, CultureInfo.InvariantCulture)); // required column

        Assert.That(counted, Is.EqualTo(plan.ExpectedStudentsTotal).Within(5).Percent);
    }
}
