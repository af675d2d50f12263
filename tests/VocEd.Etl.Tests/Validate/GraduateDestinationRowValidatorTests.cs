using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using static VocEd.Etl.Templates.ColumnNames;

namespace VocEd.Etl.Tests.Validate;

public sealed class GraduateDestinationRowValidatorTests
{
    private const SubmissionKind _kind = SubmissionKind.GraduateDestination;

    private static readonly (string, string)[] _noEmployment =
        [(EmployerIndustry, string.Empty), (EmployerCountyCode, string.Empty), (MonthlySalaryYuan, string.Empty), (JobRelated, string.Empty)];

    [Test]
    public void Valid_employed_graduate_has_no_violations_and_typed_values()
    {
        var row = TestRows.Validate(_kind);

        Assert.That(row.Violations, Is.Empty);
        var record = (GraduateDestinationRecord)row.Record;
        Assert.That(record.IsEmployed, Is.True);
        Assert.That(record.JobRelated, Is.True);
        Assert.That(record.Gender, Is.EqualTo("M"));
        Assert.That(record.MonthlySalaryYuan, Is.EqualTo(4500m));
        Assert.That(record.SurveyDate, Is.EqualTo(new DateOnly(2025, 8, 31)));
    }

    [Test]
    public void Graduate_going_on_to_study_with_employment_fields_empty_is_valid() =>
        Assert.That(TestRows.Validate(_kind, [(DestinationCode, "80"), .. _noEmployment]).Violations, Is.Empty);

    [Test]
    public void Destination_code_outside_the_list_is_invalid_value_without_employment_rules() =>
        Assert.That(TestRows.Validate(_kind, [(DestinationCode, "99"), .. _noEmployment]).Failures(), Is.EqualTo(new[] { "invalid_value:destination_code" }));

    [Test]
    public void Employed_graduate_missing_employment_fields_gets_one_rejection_per_field() =>
        Assert.That(
            TestRows.Validate(_kind, _noEmployment).Failures(),
            Is.EqualTo(new[]
            {
                "employed_fields_missing:employer_industry", "employed_fields_missing:employer_county_code",
                "employed_fields_missing:monthly_salary_yuan", "employed_fields_missing:job_related",
            }));

    [TestCase("70")]
    [TestCase("85")]
    public void Graduate_not_employed_with_employment_fields_gets_one_rejection_per_filled_field(string destination)
    {
        var row = TestRows.Validate(_kind, (DestinationCode, destination), (MonthlySalaryYuan, string.Empty));

        Assert.That(row.Failures(), Is.EqualTo(new[]
        {
            "non_employed_fields_present:employer_industry", "non_employed_fields_present:employer_county_code", "non_employed_fields_present:job_related",
        }));
    }

    [TestCase("6", "invalid_code")]
    [TestCase("A1", "invalid_code")]
    [TestCase("98", "invalid_value")]
    [TestCase("00", "invalid_value")]
    public void Employer_industry_is_a_2_digit_division_from_01_to_97(string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (EmployerIndustry, value)).Failures(), Is.EqualTo(new[] { rule + ":employer_industry" }));

    [TestCase("0", "out_of_range")]
    [TestCase("200000.01", "out_of_range")]
    [TestCase("abc", "not_a_number")]
    public void Salary_lies_in_0_to_200000(string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (MonthlySalaryYuan, value)).Failures(), Is.EqualTo(new[] { rule + ":monthly_salary_yuan" }));

    [Test]
    public void Salary_of_exactly_200000_is_accepted() =>
        Assert.That(TestRows.Validate(_kind, (MonthlySalaryYuan, "200000")).Violations, Is.Empty);

    [TestCase(JobRelated, "maybe", "invalid_value")]
    [TestCase(EmployerCountyCode, "440100", "unknown_county")]
    [TestCase(SchoolCode, "12345", "invalid_code")]
    public void Other_fields_are_checked(string column, string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { rule + ":" + column }));

    [TestCase("2025/08/31", "invalid_date")]
    [TestCase("2025-02-30", "invalid_date")]
    [TestCase("2025-05-31", "survey_date_too_early")]
    [TestCase("2025-09-16", "survey_date_in_future")]
    public void Survey_date_is_a_real_date_from_1_June_of_the_graduation_year_until_today(string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (SurveyDate, value)).Failures(), Is.EqualTo(new[] { rule + ":survey_date" }));

    [TestCase("2025-06-01")]
    [TestCase("2025-09-15")]
    public void Survey_date_on_1_June_or_today_is_accepted(string value) =>
        Assert.That(TestRows.Validate(_kind, (SurveyDate, value)).Violations, Is.Empty);

    [Test]
    public void Survey_date_is_not_compared_with_an_invalid_graduation_year() =>
        Assert.That(TestRows.Validate(_kind, (GraduationYear, "20x5"), (SurveyDate, "2025-01-01")).Failures(), Is.EqualTo(new[] { "not_a_number:graduation_year" }));

    [Test]
    public void Secondary_major_at_an_associate_school_is_a_mismatch_for_graduates() =>
        Assert.That(TestRows.Validate(_kind, (MajorCode, "710212")).Failures(), Is.EqualTo(new[] { "major_level_mismatch:major_code" }));

    [Test]
    public void Same_graduate_twice_is_a_duplicate() =>
        Assert.That(
            TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind), TestRows.Valid(_kind))[1].Failures(),
            Is.EqualTo(new[] { "duplicate_row:citizen_id" }));

    [Test]
    public void Graduate_of_another_year_is_other_submitter() =>
        Assert.That(TestRows.Validate(_kind, (GraduationYear, "2024"), (SurveyDate, "2024-12-01")).Failures(), Is.EqualTo(new[] { "other_submitter:graduation_year" }));
}
