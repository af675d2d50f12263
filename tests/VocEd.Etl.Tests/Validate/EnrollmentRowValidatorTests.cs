using VocEd.Etl.Extract;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using static VocEd.Etl.Templates.ColumnNames;
using RowValidator = VocEd.Etl.Validate.RowValidator;

namespace VocEd.Etl.Tests.Validate;

public sealed class EnrollmentRowValidatorTests
{
    private const SubmissionKind _kind = SubmissionKind.Enrollment;

    private static (string, string)[] Technical(string major, string training, string entry, string grade) =>
        [(SchoolCode, TestRows.TechnicalSchool), (MajorCode, major), (TrainingLevel, training), (EntryLevel, entry), (Grade, grade), (EntryYear, "2021")];

    [Test]
    public void Valid_row_has_no_violations_and_a_pseudonymous_student_key()
    {
        var row = TestRows.Validate(_kind);

        Assert.That(row.Violations, Is.Empty);
        var record = (EnrollmentRecord)row.Record;
        Assert.That(record.StudentKey?.Value, Has.Length.EqualTo(32));
        Assert.That(record.StudentKey?.ToString(), Has.Length.EqualTo(64).And.Not.Contain(TestRows.FemaleId));
        Assert.That(record.BirthYear, Is.EqualTo(1949));
        Assert.That(record.Gender, Is.EqualTo("F"));
        Assert.That(record.Route, Is.EqualTo("regular"));
        Assert.That(record.MajorCatalog, Is.EqualTo("education"));
    }

    [Test]
    public void Masked_raw_values_keep_six_characters_of_the_id_and_no_name()
    {
        var row = TestRows.Validate(_kind);

        Assert.That(row.MaskedRawValue(CitizenId), Is.EqualTo("110105************"));
        Assert.That(row.MaskedRawValue(StudentName), Is.Empty);
        Assert.That(row.MaskedRawValues.Select(v => v.Value), Has.None.Contains("1949"));
    }

    [TestCase("1101051949123100")]
    [TestCase("11010519491331002X")]
    [TestCase("11010519491231002Y")]
    [TestCase("1101051949123100２X")]
    public void Malformed_citizen_id_is_citizen_id_format(string id) =>
        Assert.That(TestRows.Validate(_kind, (CitizenId, id)).Failures(), Is.EqualTo(new[] { "citizen_id_format:citizen_id" }));

    [Test]
    public void Wrong_check_digit_is_citizen_id_check_digit_only()
    {
        var row = TestRows.Validate(_kind, (CitizenId, "110105194912310021"));

        Assert.That(row.Failures(), Is.EqualTo(new[] { "citizen_id_check_digit:citizen_id" }));
        Assert.That(row.Violations[0].Value, Is.EqualTo("110105************"));
    }

    [Test]
    public void Lower_case_x_check_digit_is_accepted_and_hashes_like_upper_case()
    {
        var lower = (EnrollmentRecord)TestRows.Validate(_kind, (CitizenId, "11010519491231002x")).Record;
        var upper = (EnrollmentRecord)TestRows.Validate(_kind).Record;

        Assert.That(lower.StudentKey, Is.EqualTo(upper.StudentKey));
    }

    [Test]
    public void Citizen_id_in_a_numeric_cell_is_rejected_as_stored_as_number_only()
    {
        var row = TestRows.Validate(_kind, TestRows.With(_kind, (CitizenId, "110105194912310000"), (Gender, "M")), CitizenId);

        Assert.That(row.Failures(), Is.EqualTo(new[] { "citizen_id_stored_as_number:citizen_id" }));
        Assert.That(row.Violations[0].MessageEn, Does.Contain("store it as text"));
        Assert.That(row.Violations[0].MessageZh, Does.Contain("文本"));
    }

    [Test]
    public void Gender_that_disagrees_with_the_id_is_gender_mismatch() =>
        Assert.That(TestRows.Validate(_kind, (Gender, "男")).Failures(), Is.EqualTo(new[] { "gender_mismatch:gender" }));

    [Test]
    public void Gender_is_not_compared_with_an_id_whose_check_digit_fails() =>
        Assert.That(TestRows.Validate(_kind, (CitizenId, "110105194912310021"), (Gender, "M")).Failures(), Is.EqualTo(new[] { "citizen_id_check_digit:citizen_id" }));

    [Test]
    public void Invalid_gender_is_invalid_value_and_not_a_mismatch() =>
        Assert.That(TestRows.Validate(_kind, (Gender, "X")).Failures(), Is.EqualTo(new[] { "invalid_value:gender" }));

    [Test]
    public void School_without_a_profile_is_unknown_school_and_its_major_is_not_checked() =>
        Assert.That(
            TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, (SchoolCode, "4401999999"), (MajorCode, "999999")))[0].Failures(),
            Is.EqualTo(new[] { "unknown_school:school_code" }));

    [Test]
    public void Major_not_in_the_catalog_is_unknown_major() =>
        Assert.That(TestRows.Validate(_kind, (MajorCode, "719999")).Failures(), Is.EqualTo(new[] { "unknown_major:major_code" }));

    [TestCase("71021", "invalid_code:major_code")]
    [TestCase("71021A", "invalid_code:major_code")]
    public void Major_code_of_the_wrong_shape_is_invalid_code(string code, string failure) =>
        Assert.That(TestRows.Validate(_kind, (MajorCode, code)).Failures(), Is.EqualTo(new[] { failure }));

    [TestCase(TestRows.SecondarySchool, "510203")]
    [TestCase(TestRows.AssociateSchool, "210101")]
    [TestCase(TestRows.BachelorSchool, "510203")]
    [TestCase(TestRows.SecondarySchool, "0127")]
    [TestCase(TestRows.TechnicalSchool, "710212")]
    public void Known_major_of_another_level_is_major_level_mismatch(string school, string major)
    {
        var row = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, (SchoolCode, school), (MajorCode, major), (TrainingLevel, "intermediate"), (EntryLevel, "junior")))[0];

        Assert.That(row.Failures(), Is.EqualTo(new[] { "major_level_mismatch:major_code" }));
    }

    [TestCase("five_year", "3", false)]
    [TestCase("五年一贯制", "1", false)]
    [TestCase("five_year", "4", true)]
    [TestCase("regular", "2", true)]
    public void Five_year_route_lets_an_associate_school_carry_secondary_majors_in_grades_1_to_3(string route, string grade, bool mismatch)
    {
        var row = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, (SchoolCode, TestRows.AssociateSchool), (MajorCode, "710212"), (Route, route), (Grade, grade), (EntryYear, "2020")))[0];

        Assert.That(row.Failures(), mismatch ? Is.EqualTo(new[] { "major_level_mismatch:major_code" }) : Is.Empty);
    }

    [Test]
    public void Technical_school_row_with_a_valid_programme_passes()
    {
        var row = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, Technical("0127", "高级工", "初中起点", "5")))[0];

        Assert.That(row.Violations, Is.Empty);
        Assert.That(((EnrollmentRecord)row.Record).MajorCatalog, Is.EqualTo("technical-national"));
    }

    [Test]
    public void Provincial_featured_major_is_known_only_in_its_province()
    {
        var guangdong = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, Technical("8046", "senior", "junior", "1")))[0];
        var beijing = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, [.. Technical("8046", "senior", "junior", "1"), (SchoolCode, TestRows.BeijingTechnicalSchool)]))[0];

        Assert.That(guangdong.Violations, Is.Empty);
        Assert.That(((EnrollmentRecord)guangdong.Record).MajorCatalog, Is.EqualTo("technical-44"));
        Assert.That(beijing.Failures(), Is.EqualTo(new[] { "unknown_major:major_code" }));
    }

    [TestCase(TrainingLevel)]
    [TestCase(EntryLevel)]
    public void Technical_school_row_needs_training_and_entry_level(string column)
    {
        var row = TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, [.. Technical("0127", "senior", "junior", "1"), (column, string.Empty)]))[0];

        Assert.That(row.Failures(), Is.EqualTo(new[] { "required:" + column }));
    }

    [Test]
    public void Non_technical_row_may_leave_training_and_entry_level_empty() =>
        Assert.That(TestRows.Validate(_kind, (TrainingLevel, string.Empty), (EntryLevel, string.Empty)).Violations, Is.Empty);

    [Test]
    public void Level_pair_not_in_the_duration_table_is_technical_level_pair() =>
        Assert.That(
            TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, Technical("0127", "intermediate", "senior", "1")))[0].Failures(),
            Is.EqualTo(new[] { "technical_level_pair:training_level" }));

    [TestCase("intermediate", "junior", "4", true)]
    [TestCase("intermediate", "junior", "3", false)]
    [TestCase("technician", "senior_technical", "3", true)]
    public void Grade_beyond_the_programme_duration_is_technical_grade_exceeds_duration(string training, string entry, string grade, bool fires) =>
        Assert.That(
            TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, Technical("0127", training, entry, grade)))[0].Failures(),
            fires ? Is.EqualTo(new[] { "technical_grade_exceeds_duration:grade" }) : Is.Empty);

    [Test]
    public void Invalid_training_level_is_invalid_value_without_pair_checks() =>
        Assert.That(
            TestRows.ValidateAll(_kind, new(null, 2024), TestRows.With(_kind, Technical("0127", "master", "junior", "9")))[0].Failures(),
            Is.EquivalentTo(new[] { "invalid_value:training_level", "out_of_range:grade" }));

    [TestCase("2025", true)]
    [TestCase("2024", false)]
    public void Entry_year_after_academic_year_is_rejected(string entryYear, bool fires) =>
        Assert.That(
            TestRows.Validate(_kind, (EntryYear, entryYear)).Failures(),
            fires ? Is.EqualTo(new[] { "entry_year_after_academic_year:entry_year" }) : Is.Empty);

    [TestCase("0", "out_of_range:grade")]
    [TestCase("7", "out_of_range:grade")]
    [TestCase("二", "not_a_number:grade")]
    [TestCase("1999", "out_of_range:entry_year")]
    public void Grade_and_entry_year_have_ranges(string value, string failure)
    {
        var column = failure.Split(':')[1];
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { failure }));
    }

    [TestCase(HomeCountyCode, "11010", "invalid_code")]
    [TestCase(HomeCountyCode, "110000", "unknown_county")]
    [TestCase(Route, "3+2", "invalid_value")]
    [TestCase(Status, "在读", "invalid_value")]
    public void Home_county_route_and_status_are_checked(string column, string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { rule + ":" + column }));

    [Test]
    public void Second_row_with_the_same_citizen_id_is_a_duplicate_and_the_first_is_kept()
    {
        var other = TestRows.With(_kind, (CitizenId, TestRows.Id(sequence: "124")));
        var rows = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind), other, TestRows.Valid(_kind));

        Assert.That(rows.Select(r => r.IsRejected), Is.EqualTo(new[] { false, false, true }));
        Assert.That(rows[2].Failures(), Is.EqualTo(new[] { "duplicate_row:citizen_id" }));
        Assert.That(rows[2].Violations[0].Value, Is.EqualTo("110105************"));
        Assert.That(rows[2].Violations[0].Limit, Is.EqualTo("1"));
    }

    [Test]
    public void Each_file_finds_its_own_duplicates_only_though_the_key_sets_are_shared_between_files()
    {
        var first = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind), TestRows.Valid(_kind));
        var second = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind));

        Assert.That(first.Select(r => r.IsRejected), Is.EqualTo(new[] { false, true }));
        Assert.That(second.Single().IsRejected, Is.False);
    }

    [Test]
    public void Rows_with_an_invalid_citizen_id_take_no_part_in_duplicates()
    {
        var bad = TestRows.With(_kind, (CitizenId, "110105194912310021"));
        var rows = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), bad, bad);

        Assert.That(rows[1].Failures(), Is.EqualTo(new[] { "citizen_id_check_digit:citizen_id" }));
    }

    [Test]
    public void Truncated_record_is_rejected_for_that_alone()
    {
        using var validator = RowValidator.Create(_kind, TestRows.Context(), TestRows.Identity(_kind), TestRows.Pseudonymizer);
        var values = new string[SubmissionTemplates.Enrollment.Columns.Count];
        Array.Fill(values, string.Empty);
        values[0] = TestRows.SecondarySchool;

        var row = validator.Validate(new RawRow(7, values, isTruncated: true));

        Assert.That(row.Failures(), Is.EqualTo(new[] { "truncated_row:" }));
        Assert.That(row.RowNumber, Is.EqualTo(7));
    }
}
