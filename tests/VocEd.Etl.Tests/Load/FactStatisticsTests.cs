using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Load;

/// <summary>After a large load, PostgreSQL gets the statistics of the tables it loaded (ANALYZE), not only once autovacuum comes round.</summary>
public sealed class FactStatisticsTests
{
    [Test]
    public void The_tables_analyzed_are_those_a_run_wrote_enough_rows_to()
    {
        SubmissionOutcome Outcome(string kind, string status, long loaded, long rejected) =>
            new("f.csv", 1, kind, "4401000001", 2024, status, null, loaded + rejected, loaded, rejected, 0, SubmissionOutcome.NoRules, null);

        var outcomes = new[]
        {
            Outcome(SubmissionKinds.Enrollment, SubmissionStatuses.Loaded, 600, 10),
            Outcome(SubmissionKinds.Enrollment, SubmissionStatuses.Loaded, 500, 0),
            Outcome(SubmissionKinds.GraduateDestination, SubmissionStatuses.Loaded, 300, 0),
            Outcome(SubmissionKinds.GraduateDestination, SubmissionStatuses.Quarantined, 0, 2000),
            Outcome(SubmissionKinds.SchoolProfile, SubmissionOutcome.Skipped, 0, 0),
        };

        Assert.That(FactStatistics.TablesToAnalyze(outcomes, 1000), Is.EqualTo(new[] { "etl_rejected_row", "fact_enrollment" }));
        Assert.That(FactStatistics.TablesToAnalyze(outcomes, 1), Is.EqualTo(new[] { "etl_rejected_row", "fact_enrollment", "fact_graduate_outcome" }));
        Assert.That(FactStatistics.TablesToAnalyze(outcomes, 100_000), Is.Empty);
    }

    [Test]
    public async Task After_an_ingest_on_postgres_the_tables_it_loaded_have_fresh_statistics()
    {
        using var harness = await LoadHarness.CreateAsync("postgres");
        harness.Options.AnalyzeAfterRows = 1;
        var profile = Path.Combine(harness.Folder, "files", "p.csv");
        var enrollment = Path.Combine(harness.Folder, "files", "e.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(profile) ?? harness.Folder);
        await File.WriteAllTextAsync(profile, CsvText.Of(SubmissionKind.SchoolProfile, chineseHeaders: true, TestRows.Valid(SubmissionKind.SchoolProfile)), new UTF8Encoding(false));
        await File.WriteAllTextAsync(enrollment, CsvText.Of(SubmissionKind.Enrollment, chineseHeaders: false, TestRows.Valid(SubmissionKind.Enrollment)), new UTF8Encoding(false));
        Assert.That(await AnalyzedAsync(harness), Is.Empty, "nothing analyzed before the ingest");

        var summary = await harness.IngestAsync(profile, enrollment);

        Assert.That(summary.Loaded, Is.EqualTo(2));
        Assert.That(await AnalyzedAsync(harness), Is.SupersetOf(new[] { "dim_school", "fact_enrollment", "fact_school_resources", "stg_school_profile" }));
        await using var db = harness.Db();
        await db.Database.OpenConnectionAsync();
        var columns = await SqlCommands.QueryAsync(db.Database.GetDbConnection(), null,
            "select count(*) from pg_stats where schemaname = 'public' and tablename = 'fact_enrollment'", r => r.GetInt64(0), CancellationToken.None);
        Assert.That(columns.Single(), Is.GreaterThan(0), "the planner has column statistics of fact_enrollment");
    }

    /// <summary>The tables of the warehouse that an explicit ANALYZE (not autovacuum) has analyzed.</summary>
    private static async Task<List<string>> AnalyzedAsync(LoadHarness harness)
    {
        await using var db = harness.Db();
        await db.Database.OpenConnectionAsync();
        return await SqlCommands.QueryAsync(db.Database.GetDbConnection(), null,
            "select relname from pg_stat_user_tables where last_analyze is not null order by relname", r => r.GetString(0), CancellationToken.None);
    }
}
