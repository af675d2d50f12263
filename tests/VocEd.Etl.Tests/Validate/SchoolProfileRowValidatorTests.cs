using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using static VocEd.Etl.Templates.ColumnNames;

namespace VocEd.Etl.Tests.Validate;

public sealed class SchoolProfileRowValidatorTests
{
    private const SubmissionKind _kind = SubmissionKind.SchoolProfile;

    [Test]
    public void Valid_row_has_no_violations_and_typed_values()
    {
        var row = TestRows.Validate(_kind);

        Assert.That(row.Violations, Is.Empty);
        Assert.That(row.IsRejected, Is.False);
        var record = (SchoolProfileRecord)row.Record;
        Assert.That(record.Sponsor, Is.EqualTo("public"));
        Assert.That(record.EquipmentValueYuan, Is.EqualTo(5000000.50m));
        Assert.That(record.Designations, Is.EqualTo(new[] { "双高计划", "示范校" }));
    }

    [TestCase(SchoolCode)]
    [TestCase(SchoolName)]
    [TestCase(SchoolType)]
    [TestCase(Sponsor)]
    [TestCase(CountyCode)]
    [TestCase(AcademicYear)]
    [TestCase(StudentsTotal)]
    [TestCase(FulltimeTeachers)]
    [TestCase(DualQualifiedTeachers)]
    [TestCase(ParttimeTeachers)]
    [TestCase(ParttimeTeachingHours)]
    [TestCase(EquipmentValueYuan)]
    [TestCase(PracticeWorkstations)]
    [TestCase(PartnerEnterprises)]
    public void Empty_required_field_is_rejected_as_required(string column)
    {
        var row = TestRows.Validate(_kind, (column, "  "));

        Assert.That(row.Failures(), Is.EqualTo(new[] { "required:" + column }));
        Assert.That(row.IsRejected, Is.True);
    }

    [Test]
    public void Empty_designations_are_accepted() =>
        Assert.That(TestRows.Validate(_kind, (Designations, string.Empty)).Violations, Is.Empty);

    [TestCase("abc")]
    [TestCase("12.5")]
    [TestCase("1,200")]
    public void Count_that_is_not_a_whole_number_is_not_a_number(string value) =>
        Assert.That(TestRows.Validate(_kind, (StudentsTotal, value)).Failures(), Is.EqualTo(new[] { "not_a_number:students_total" }));

    [Test]
    public void Count_written_with_a_zero_fraction_is_a_whole_number() =>
        Assert.That(((SchoolProfileRecord)TestRows.Validate(_kind, (StudentsTotal, "1200.0")).Record).StudentsTotal, Is.EqualTo(1200));

    [TestCase(StudentsTotal, "-1")]
    [TestCase(PartnerEnterprises, "-3")]
    [TestCase(EquipmentValueYuan, "-0.01")]
    public void Negative_count_or_amount_is_out_of_range(string column, string value) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { "out_of_range:" + column }));

    [TestCase(SchoolCode, "440100001")]
    [TestCase(SchoolCode, "44010000AB")]
    [TestCase(CountyCode, "44010")]
    public void Code_with_the_wrong_shape_is_invalid_code(string column, string value) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { "invalid_code:" + column }));

    [TestCase("440100")]
    [TestCase("999999")]
    public void County_code_not_in_the_reference_list_is_unknown_county(string value) =>
        Assert.That(TestRows.Validate(_kind, (CountyCode, value)).Failures(), Is.EqualTo(new[] { "unknown_county:county_code" }));

    [TestCase(SchoolType, "university")]
    [TestCase(Sponsor, "公立")]
    public void Value_outside_its_list_is_invalid_value(string column, string value) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { "invalid_value:" + column }));

    [TestCase("中职", "secondary")]
    [TestCase("高职专科", "associate")]
    [TestCase(" Technical ", "technical")]
    public void School_type_accepts_Chinese_aliases_and_any_case(string value, string expected) =>
        Assert.That(((SchoolProfileRecord)TestRows.Validate(_kind, (SchoolType, value)).Record).SchoolType, Is.EqualTo(expected));

    [TestCase("1999", true)]
    [TestCase("2027", true)]
    [TestCase("2000", false)]
    [TestCase("2026", false)]
    public void Academic_year_lies_between_2000_and_next_year(string year, bool outOfRange)
    {
        var rows = TestRows.ValidateAll(_kind, new SubmissionIdentity(TestRows.SecondarySchool, null), TestRows.With(_kind, (AcademicYear, year)));

        Assert.That(rows[0].Failures(), outOfRange ? Is.EqualTo(new[] { "out_of_range:academic_year" }) : Is.Empty);
    }

    [TestCase("81", true)]
    [TestCase("80", false)]
    public void Dual_qualified_teachers_may_not_exceed_fulltime_teachers(string dual, bool fires) =>
        Assert.That(
            TestRows.Validate(_kind, (DualQualifiedTeachers, dual)).Failures(),
            fires ? Is.EqualTo(new[] { "dual_qualified_exceeds_fulltime:dual_qualified_teachers" }) : Is.Empty);

    [Test]
    public void Parttime_share_above_30_percent_is_a_warning_that_keeps_the_row()
    {
        var row = TestRows.Validate(_kind, (ParttimeTeachers, "35"));

        Assert.That(row.Failures(), Is.EqualTo(new[] { "parttime_share_high:parttime_teachers" }));
        Assert.That(row.Violations[0].Severity, Is.EqualTo(RuleSeverity.Warning));
        Assert.That(row.IsRejected, Is.False);
        Assert.That(row.Violations[0].MessageEn, Does.Contain("30.4%"));
    }

    [Test]
    public void Parttime_share_of_exactly_30_percent_is_no_warning() =>
        Assert.That(TestRows.Validate(_kind, (FulltimeTeachers, "70"), (DualQualifiedTeachers, "10"), (ParttimeTeachers, "30")).Violations, Is.Empty);

    [Test]
    public void Every_failed_rule_of_a_row_is_recorded() =>
        Assert.That(
            TestRows.Validate(_kind, (SchoolName, string.Empty), (Sponsor, "x"), (StudentsTotal, "-5"), (DualQualifiedTeachers, "90")).Failures(),
            Is.EquivalentTo(new[] { "required:school_name", "invalid_value:sponsor", "out_of_range:students_total", "dual_qualified_exceeds_fulltime:dual_qualified_teachers" }));

    [Test]
    public void Second_row_of_the_same_school_and_year_is_a_duplicate()
    {
        var rows = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind), TestRows.Valid(_kind));

        Assert.That(rows[0].Violations, Is.Empty);
        Assert.That(rows[1].Failures(), Is.EqualTo(new[] { "duplicate_row:school_code" }));
        Assert.That(rows[1].Violations[0].Limit, Is.EqualTo("1"));
    }

    [Test]
    public void Same_school_in_another_year_is_no_duplicate()
    {
        var rows = TestRows.ValidateAll(_kind, new SubmissionIdentity(TestRows.SecondarySchool, null), TestRows.Valid(_kind), TestRows.With(_kind, (AcademicYear, "2023")));

        Assert.That(rows[1].Violations, Is.Empty);
    }

    [TestCase(SchoolCode, "4401000009")]
    [TestCase(AcademicYear, "2023")]
    public void Row_naming_another_submitter_or_year_is_other_submitter(string column, string value) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { "other_submitter:" + column }));

    [Test]
    public void Malformed_school_code_is_not_also_other_submitter() =>
        Assert.That(TestRows.Validate(_kind, (SchoolCode, "123")).Failures(), Is.EqualTo(new[] { "invalid_code:school_code" }));
}
