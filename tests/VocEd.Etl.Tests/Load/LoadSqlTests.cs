using VocEd.Etl.Load;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Load;

/// <summary>
/// The hand-written statements of the claim and the load run unchanged on SQL Server too: each parses as T-SQL
/// (SQLite and PostgreSQL run them in every ingest test).
/// </summary>
public sealed class LoadSqlTests
{
    private static IEnumerable<TestCaseData> Statements() =>
    [
        new TestCaseData(SubmissionClaimer.StateSql).SetName("Claim_state_parses_as_T_SQL"),
        new TestCaseData(SubmissionClaimer.LockAndRecheckSql).SetName("Claim_lock_and_recheck_parses_as_T_SQL"),
        new TestCaseData(FactLoader.StartSql(withSchool: true)).SetName("Load_start_with_school_parses_as_T_SQL"),
        new TestCaseData(FactLoader.StartSql(withSchool: false)).SetName("Load_start_parses_as_T_SQL"),
        new TestCaseData(FactLoader.FinishSql([])).SetName("Load_finish_parses_as_T_SQL"),
        new TestCaseData(FactLoader.FinishSql([41, 42])).SetName("Load_finish_with_replaced_submissions_parses_as_T_SQL"),
    ];

    [TestCaseSource(nameof(Statements))]
    public void Statement_parses(string statement) =>
        Assert.That(TSql.ParseWithoutErrors(statement).Batches.SelectMany(b => b.Statements), Is.Not.Empty);

    [Test]
    public void The_finish_supersedes_exactly_the_replaced_submissions() =>
        Assert.That(FactLoader.FinishSql([41, 42]), Does.Contain("where submission_id in (41, 42)").And.Contain("superseded"));
}
