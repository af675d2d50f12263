using VocEd.Etl.Claims;
using VocEd.Etl.Conform;
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
        new TestCaseData(SubmissionClaimer.StateSql("10001", 2024)).SetName("Claim_state_parses_as_T_SQL"),
        new TestCaseData(SubmissionClaimer.StateSql(null, null)).SetName("Claim_state_of_unknown_submitter_and_year_parses_as_T_SQL"),
        new TestCaseData(SubmissionRegistrar.InsertSql(VocEd.Warehouse.Data.WarehouseProvider.SqlServer) + ";\n" + SubmissionClaimer.LockAndRecheckSql(VocEd.Warehouse.Data.WarehouseProvider.SqlServer)).SetName("Claim_registration_lock_and_recheck_parse_as_one_T_SQL_batch"),
        new TestCaseData(SubmissionRegistrar.InsertSql(VocEd.Warehouse.Data.WarehouseProvider.SqlServer) + ";\n" + SubmissionClaimer.LockAndRecheckSql(VocEd.Warehouse.Data.WarehouseProvider.SqlServer)
            + FactLoader.StartSql("10001", 2024, withSchool: true)).SetName("Claim_batch_with_the_load_start_parses_as_one_T_SQL_batch"),
        new TestCaseData(SubmissionRegistrar.InsertSql(VocEd.Warehouse.Data.WarehouseProvider.SqlServer)).SetName("Claim_registration_parses_as_T_SQL"),
        new TestCaseData(FactLoader.StartSql("10001", 2024, withSchool: true)).SetName("Load_start_with_school_parses_as_T_SQL"),
        new TestCaseData(FactLoader.StartSql("44", 2024, withSchool: false)).SetName("Load_start_parses_as_T_SQL"),
        new TestCaseData(FactLoader.StartSql(null, 2024, withSchool: false)).SetName("Load_start_of_unknown_submitter_parses_as_T_SQL"),
        new TestCaseData(FactLoader.FinishSql([])).SetName("Load_finish_parses_as_T_SQL"),
        new TestCaseData(FactLoader.FinishSql([41, 42])).SetName("Load_finish_with_replaced_submissions_parses_as_T_SQL"),
        new TestCaseData(SchoolVersioner.ReadSql(2, 3)).SetName("School_staging_and_reading_parses_as_T_SQL"),
        new TestCaseData(SchoolVersioner.ReadSql(0, 1)).SetName("School_reading_parses_as_T_SQL"),
        new TestCaseData(SchoolVersioner.WriteSql(sqlServer: true, 1, 2, 2)).SetName("School_versions_writing_parses_as_T_SQL"),
    ];

    [TestCaseSource(nameof(Statements))]
    public void Statement_parses(string statement) =>
        Assert.That(TSql.ParseWithoutErrors(statement).Batches.SelectMany(b => b.Statements), Is.Not.Empty);

    [Test]
    public void A_known_submitter_and_year_are_compared_as_values_and_unknown_ones_as_null()
    {
        Assert.That(SubmissionRegistrar.SameReplacementKeySql("10001", 2024), Is.EqualTo("kind = @kind and submitter_code = @submitter and year = @year"));
        Assert.That(SubmissionRegistrar.SameReplacementKeySql(null, null), Is.EqualTo("kind = @kind and submitter_code is null and year is null"));
        Assert.That(SubmissionRegistrar.ReplacementKeyParameters("enrollment", null, 2024).Select(p => p.Name), Is.EqualTo(new[] { "@kind", "@year" }));
    }

    [Test]
    public void The_finish_supersedes_exactly_the_replaced_submissions() =>
        Assert.That(FactLoader.FinishSql([41, 42]), Does.Contain("where submission_id in (41, 42)").And.Contain("superseded"));

    [Test]
    public void The_school_versions_are_written_deletes_first_and_each_insert_returns_its_key()
    {
        var sql = SchoolVersioner.WriteSql(sqlServer: false, 1, 1, 2);
        Assert.That(sql.IndexOf("delete", StringComparison.Ordinal), Is.LessThan(sql.IndexOf("update", StringComparison.Ordinal)));
        Assert.That(sql.IndexOf("update", StringComparison.Ordinal), Is.LessThan(sql.IndexOf("insert", StringComparison.Ordinal)));
        Assert.That(sql.Split("returning school_key").Length - 1, Is.EqualTo(2));
        Assert.That(SchoolVersioner.WriteSql(sqlServer: true, 0, 0, 1), Does.Contain("output inserted.school_key"));
    }
}
