using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using static VocEd.Etl.Templates.ColumnNames;
using SubmissionIdentity = VocEd.Etl.Validate.SubmissionIdentity;

namespace VocEd.Etl.Tests.Validate;

public sealed class RegionalIndustryRowValidatorTests
{
    private const SubmissionKind _kind = SubmissionKind.RegionalIndustry;

    [Test]
    public void Valid_row_has_no_violations_and_a_normalized_region()
    {
        var row = TestRows.Validate(_kind);

        Assert.That(row.Violations, Is.Empty);
        var record = (RegionalIndustryRecord)row.Record;
        Assert.That(record.RegionCode, Is.EqualTo("44"));
        Assert.That(record.Priority, Is.EqualTo("key"));
        Assert.That(record.ValueAdded100mYuan, Is.EqualTo(12345.6m));
    }

    [TestCase("CN", "CN")]
    [TestCase("cn", "CN")]
    [TestCase("4401", "4401")]
    [TestCase("440100", "4401")]
    [TestCase("440106", "440106")]
    public void Region_codes_of_every_level_are_accepted(string code, string normalized)
    {
        var row = TestRows.ValidateAll(_kind, new SubmissionIdentity(normalized, 2024), TestRows.With(_kind, (RegionCode, code)))[0];

        Assert.That(row.Violations, Is.Empty);
        Assert.That(((RegionalIndustryRecord)row.Record).RegionCode, Is.EqualTo(normalized));
    }

    [TestCase("44010")]
    [TestCase("X1")]
    [TestCase("4401000")]
    public void Region_code_of_the_wrong_shape_is_invalid_code(string code) =>
        Assert.That(TestRows.Validate(_kind, (RegionCode, code)).Failures(), Is.EqualTo(new[] { "invalid_code:region_code" }));

    [Test]
    public void Region_of_another_bureau_is_other_submitter() =>
        Assert.That(TestRows.Validate(_kind, (RegionCode, "450000")).Failures(), Is.EqualTo(new[] { "other_submitter:region_code" }));

    [TestCase(IndustrySection, "Z", "invalid_value")]
    [TestCase(Priority, "important", "invalid_value")]
    [TestCase(ValueAdded100mYuan, "-1", "out_of_range")]
    [TestCase(Employment10k, "many", "not_a_number")]
    [TestCase(Year, "1999", "out_of_range")]
    public void Fields_are_checked(string column, string value, string rule) =>
        Assert.That(TestRows.Validate(_kind, (column, value)).Failures(), Is.EqualTo(new[] { rule + ":" + column }));

    [Test]
    public void Lower_case_section_is_accepted() =>
        Assert.That(((RegionalIndustryRecord)TestRows.Validate(_kind, (IndustrySection, "c")).Record).IndustrySection, Is.EqualTo("C"));

    [Test]
    public void Same_section_twice_is_a_duplicate_and_the_first_is_kept()
    {
        var rows = TestRows.ValidateAll(_kind, TestRows.Identity(_kind), TestRows.Valid(_kind), TestRows.With(_kind, (IndustrySection, "I")), TestRows.Valid(_kind));

        Assert.That(rows.Select(r => r.Failures().Length), Is.EqualTo(new[] { 0, 0, 1 }));
        Assert.That(rows[2].Failures(), Is.EqualTo(new[] { "duplicate_row:industry_section" }));
    }
}
