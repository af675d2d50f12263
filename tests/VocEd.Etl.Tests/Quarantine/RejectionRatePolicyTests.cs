using VocEd.Etl.Quarantine;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Quarantine;

public sealed class RejectionRatePolicyTests
{
    [TestCase(49, 49, ExpectedResult = false)]
    [TestCase(50, 10, ExpectedResult = false)]
    [TestCase(50, 11, ExpectedResult = true)]
    [TestCase(1000, 201, ExpectedResult = true)]
    public bool Submissions_of_50_rows_or_more_are_quarantined_above_20_percent_rejected(long read, long rejected) =>
        new RejectionRatePolicy().IsExceeded(read, rejected);

    [Test]
    public void Threshold_is_configurable() =>
        Assert.That(new EtlOptions { RejectionRateThreshold = 0.05 }.RejectionRatePolicy.IsExceeded(100, 6), Is.True);

    [Test]
    public void Exceeded_rate_gives_a_rejection_rate_exceeded_problem()
    {
        var problem = new RejectionRatePolicy().Judge(100, 30);

        Assert.That(problem?.ReasonCode, Is.EqualTo(RuleIds.RejectionRateExceeded));
        Assert.That(problem?.MessageEn, Does.Contain("30%").And.Contain("20%"));
        Assert.That(new RejectionRatePolicy().Judge(100, 20), Is.Null);
    }

    [Test]
    public void Rows_of_a_quarantined_submission_carry_submission_quarantined() =>
        Assert.That(new RejectionRatePolicy().QuarantinedRow(100, 30).RuleId, Is.EqualTo(RuleIds.SubmissionQuarantined));

    [Test]
    public void Tally_keeps_read_equal_to_accepted_plus_rejected()
    {
        var tally = new SubmissionTally();
        foreach (var row in TestRows.ValidateAll(
            SubmissionKind.RegionalIndustry,
            TestRows.Identity(SubmissionKind.RegionalIndustry),
            TestRows.Valid(SubmissionKind.RegionalIndustry),
            TestRows.Valid(SubmissionKind.RegionalIndustry)))
        {
            tally.Add(row);
        }

        Assert.That((tally.RowsRead, tally.RowsAccepted, tally.RowsRejected), Is.EqualTo((2L, 1L, 1L)));
    }
}
