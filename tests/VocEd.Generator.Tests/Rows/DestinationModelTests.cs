using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests.Rows;

public sealed class DestinationModelTests
{
    private static readonly HashSet<string> _notPlaced = ["70", "71", "72"];
    private static readonly HashSet<string> _employed = ["10", "11", "12", "27", "46", "50", "51", "75", "76"];

    [Test]
    public void Placement_rates_lie_between_85_and_99_percent_for_every_province_and_school_type()
    {
        var (directory, _) = GeneratedRuns.SmallClean;
        var types = SubmissionRows.Of(directory, "school_profile").ToDictionary(r => r.Row["school_code"]!, r => SubmissionRows.English("school_profile", "school_type", r.Row["school_type"])); // required column
        var graduates = SubmissionRows.Of(directory, "graduate_destination").Select(r => r.Row).ToList();
        var groups = graduates.GroupBy(g => (Province: g["school_code"]![..2], Type: types[g["school_code"]!])) // required column
            .Where(g => g.Count() >= 300)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(groups, Has.Count.GreaterThan(10));
            foreach (var g in groups)
            {
                var placed = g.Count(r => !_notPlaced.Contains(r["destination_code"]!)) / (double)g.Count(); // required column
                Assert.That(placed, Is.InRange(0.85, 0.99), g.Key.ToString());
            }
        });
    }

    [Test]
    public void Eastern_graduates_earn_more_and_work_locally_more_often_than_north_eastern_ones()
    {
        var (directory, _) = GeneratedRuns.SmallClean;
        var employed = SubmissionRows.Of(directory, "graduate_destination").Select(r => r.Row).Where(r => _employed.Contains(r["destination_code"]!)).ToList(); // required column
        double Salary(string province) => employed.Where(r => r["school_code"]![..2] == province).Average(r => double.Parse(r["monthly_salary_yuan"]!, System.Globalization.CultureInfo.InvariantCulture)); // filled when employed
        double Local(string province) => employed.Where(r => r["school_code"]![..2] == province).Average(r => r["employer_county_code"]![..2] == province ? 1.0 : 0.0); // filled when employed
        double Related(string province) => employed.Where(r => r["school_code"]![..2] == province).Average(r => SubmissionRows.English("graduate_destination", "job_related", r["job_related"]) == "Y" ? 1.0 : 0.0); // school_code is required

        Assert.Multiple(() =>
        {
            Assert.That(Salary("44"), Is.GreaterThan(Salary("21")));
            Assert.That(Local("44"), Is.GreaterThan(Local("21")));
            Assert.That(Salary("44"), Is.InRange(3000, 8000));
            Assert.That(Related("44"), Is.InRange(0.5, 0.9));
        });
    }
}
