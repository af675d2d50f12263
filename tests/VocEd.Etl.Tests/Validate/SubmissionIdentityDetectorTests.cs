using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using static VocEd.Etl.Templates.ColumnNames;

namespace VocEd.Etl.Tests.Validate;

public sealed class SubmissionIdentityDetectorTests
{
    [Test]
    public void Submitter_and_year_are_those_most_rows_carry()
    {
        var detector = new SubmissionIdentityDetector(SubmissionTemplates.Enrollment);
        string[][] rows = [["4401000002", "2023"], ["4401000001", "2024"], ["4401000001", "2024"], ["4401000001", "2023"], ["bad", "x"]];
        foreach (var (school, year) in rows.Select(r => (r[0], r[1])))
        {
            detector.Add(TestRows.Raw(SubmissionKind.Enrollment, TestRows.With(SubmissionKind.Enrollment, (SchoolCode, school), (AcademicYear, year))));
        }

        Assert.That(detector.Result, Is.EqualTo(new SubmissionIdentity("4401000001", 2023)));
    }

    [Test]
    public void Regional_submitter_is_the_normalized_region_code()
    {
        var detector = new SubmissionIdentityDetector(SubmissionTemplates.RegionalIndustry);
        detector.Add(TestRows.Raw(SubmissionKind.RegionalIndustry, TestRows.With(SubmissionKind.RegionalIndustry, (ColumnNames.RegionCode, "440000"))));
        detector.Add(TestRows.Raw(SubmissionKind.RegionalIndustry, TestRows.With(SubmissionKind.RegionalIndustry, (ColumnNames.RegionCode, "44"))));

        Assert.That(detector.Result.Submitter, Is.EqualTo("44"));
    }

    [Test]
    public void File_without_rows_has_no_submitter_or_year() =>
        Assert.That(new SubmissionIdentityDetector(SubmissionTemplates.SchoolProfile).Result, Is.EqualTo(new SubmissionIdentity(null, null)));
}
