using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Load.Providers;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Etl.Tests.Load.Providers;

/// <summary>The bulk copy runs inside the DbContext's transaction and stores values as EF does.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class BulkCopierTests(string provider)
{
    [Test]
    public async Task A_rolled_back_transaction_removes_the_bulk_copied_rows_and_a_committed_one_keeps_them()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await using var db = harness.Db();
        await WarehouseSessionSetup.OpenAsync(db, CancellationToken.None);
        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            var copied = await BulkCopier.CopyAsync(db, Rows(1000, 1), 300, CancellationToken.None);
            Assert.That((copied, await db.FactRegionalIndustries.CountAsync()), Is.EqualTo((1000L, 1000)), "visible inside the transaction");
            await rolledBack.RollbackAsync();
        }

        Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.Zero);
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            await BulkCopier.CopyAsync(db, Rows(10, 2), 300, CancellationToken.None);
            await committed.CommitAsync();
        }

        var keys = await db.FactRegionalIndustries.Select(f => new { f.SubmissionId, f.SourceRowNumber }).ToListAsync();
        Assert.That(keys.Select(k => (k.SubmissionId, k.SourceRowNumber)), Is.EquivalentTo(Enumerable.Range(1, 10).Select(i => (2L, i))),
            "each row keyed by its lineage");
    }

    [Test]
    public async Task A_second_row_with_the_same_submission_and_source_row_is_refused_by_the_key()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await using var db = harness.Db();
        await WarehouseSessionSetup.OpenAsync(db, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkCopier.CopyAsync(db, Rows(3, 7), 300, CancellationToken.None);
        Assert.That(async () => await BulkCopier.CopyAsync(db, Rows(1, 7), 300, CancellationToken.None), Throws.Exception,
            "(submission_id, source_row_number) is the fact table's primary key");
    }

    /// <summary>
    /// The bulk path (SQLite: the positional prepared insert; PostgreSQL: binary COPY) stores every value exactly as EF
    /// stores it — nulls, decimals, booleans, Chinese text — checked by reading back, and on SQLite by the storage
    /// class of every column as well.
    /// </summary>
    [Test]
    public async Task Bulk_copied_rows_read_back_exactly_like_rows_saved_through_EF()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        await using var db = harness.Db();
        await WarehouseSessionSetup.OpenAsync(db, CancellationToken.None);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // 75 rows: on SQLite two multi-row statements and eleven single-row ones.
            await BulkCopier.CopyAsync(db, Graduates(1, 75), 300, CancellationToken.None);
            await BulkCopier.CopyAsync(db, Enrollments(1), 300, CancellationToken.None);
            await transaction.CommitAsync();
        }

        db.FactGraduateOutcomes.AddRange(Graduates(2, 75));
        db.FactEnrollments.AddRange(Enrollments(2));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var graduates = await db.FactGraduateOutcomes.AsNoTracking().ToListAsync();
        var enrollments = await db.FactEnrollments.AsNoTracking().ToListAsync();
        var copied = graduates.Where(g => g.SubmissionId == 1).OrderBy(g => g.SourceRowNumber).Select(GraduateValues).ToList();
        Assert.That(copied, Has.Count.EqualTo(75));
        Assert.That(copied, Is.EqualTo(graduates.Where(g => g.SubmissionId == 2).OrderBy(g => g.SourceRowNumber).Select(GraduateValues).ToList()));
        var copiedEnrollments = enrollments.Where(e => e.SubmissionId == 1).OrderBy(e => e.SourceRowNumber).Select(EnrollmentValues).ToList();
        Assert.That(copiedEnrollments, Has.Count.EqualTo(2));
        Assert.That(copiedEnrollments, Is.EqualTo(enrollments.Where(e => e.SubmissionId == 2).OrderBy(e => e.SourceRowNumber).Select(EnrollmentValues).ToList()));
        if (provider == "sqlite")
        {
            var storage = await db.Database.SqlQueryRaw<string>(
                "select submission_id || ':' || source_row_number || ':' || typeof(monthly_salary_yuan) || typeof(job_related) || typeof(employer_division) || typeof(has_warnings) as \"Value\" from fact_graduate_outcome order by submission_id, source_row_number")
                .ToListAsync();
            Assert.That(storage.Where(v => v.StartsWith("1:", StringComparison.Ordinal)).Select(v => v[2..]),
                Is.EqualTo(storage.Where(v => v.StartsWith("2:", StringComparison.Ordinal)).Select(v => v[2..])));
        }
    }

    /// <summary>
    /// Salaries (numeric(12,2)) at the edges of the binary numeric encoding — zero, fractions below one, whole base-10000
    /// groups, the column's largest value, more decimals than the column keeps, negatives — read back exactly like the
    /// same values saved through EF.
    /// </summary>
    [Test]
    public async Task Decimals_at_the_edges_of_the_encoding_read_back_like_EF_saved_ones()
    {
        decimal[] salaries = [0m, 0.00m, 0.01m, 0.5m, 0.05m, 1m, 12.50m, 9999.99m, 10000m, 10000.01m, 100000000m, 123456789.12m,
            9999999999.99m, 1234.5678m, 0.005m, 0.0001m, -42.42m, -0.01m, 4980.5m, 20000m, 1000000.1m];
        using var harness = await LoadHarness.CreateAsync(provider);
        await using var db = harness.Db();
        await WarehouseSessionSetup.OpenAsync(db, CancellationToken.None);
        IEnumerable<FactGraduateOutcome> Rows(long submission) => salaries.Select((salary, i) => Salaried(submission, i + 1, salary));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkCopier.CopyAsync(db, Rows(1), 300, CancellationToken.None);
            await transaction.CommitAsync();
        }

        db.FactGraduateOutcomes.AddRange(Rows(2));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var stored = await db.FactGraduateOutcomes.AsNoTracking().ToListAsync();
        var copied = stored.Where(g => g.SubmissionId == 1).OrderBy(g => g.SourceRowNumber).Select(g => g.MonthlySalaryYuan).ToList();
        var saved = stored.Where(g => g.SubmissionId == 2).OrderBy(g => g.SourceRowNumber).Select(g => g.MonthlySalaryYuan).ToList();
        Assert.That(copied, Has.Count.EqualTo(salaries.Length));
        Assert.That(copied, Is.EqualTo(saved));
        Assert.That(copied.Take(13), Is.EqualTo(salaries.Take(13)), "values within the column's scale are kept exactly");
    }

    private static FactGraduateOutcome Salaried(long submission, int row, decimal salary)
    {
        var g = Graduates(submission).First();
        g.SourceRowNumber = row;
        g.MonthlySalaryYuan = salary;
        return g;
    }

    private static string GraduateValues(FactGraduateOutcome g) =>
        $"{g.SourceRowNumber}|{g.GraduationYear}|{g.SchoolKey}|{g.MajorKey}|{Convert.ToHexString(g.StudentPseudonym)}|{g.PseudonymKeyVersion}|{g.DestinationKey}|{g.EmployerDivision}|{g.EmployerIndustryKey}|{g.EmployerRegionKey}|{g.MonthlySalaryYuan}|{g.JobRelated}|{g.SurveyDateKey}|{g.HasWarnings}";

    private static string EnrollmentValues(FactEnrollment e) =>
        $"{e.SourceRowNumber}|{e.AcademicYear}|{e.SchoolKey}|{e.MajorKey}|{Convert.ToHexString(e.StudentPseudonym)}|{e.EntryYear}|{e.Grade}|{e.Gender}|{e.BirthYear}|{e.HomeRegionKey}|{e.Route}|{e.Status}|{e.TrainingLevel}|{e.EntryLevel}|{e.HasWarnings}";

    private static IEnumerable<FactGraduateOutcome> Graduates(long submission, int count = 4) =>
        Enumerable.Range(1, count).Select(i => new FactGraduateOutcome
        {
            SubmissionId = submission,
            SourceRowNumber = i,
            GraduationYear = 2025,
            SchoolKey = -1,
            MajorKey = -1,
            StudentPseudonym = Enumerable.Repeat((byte)('a' + (i % 26)), 32).ToArray(),
            PseudonymKeyVersion = 1,
            DestinationKey = -1,
            EmployerDivision = i % 2 == 0 ? null : "61",
            EmployerIndustryKey = i % 2 == 0 ? -2 : -1,
            EmployerRegionKey = -1,
            MonthlySalaryYuan = i % 2 == 0 ? null : 4980.5m + i,
            JobRelated = (i % 4) switch { 1 => true, 3 => false, _ => null },
            SurveyDateKey = 20250816,
            HasWarnings = i % 4 == 3,
        });

    private static IEnumerable<FactEnrollment> Enrollments(long submission) =>
        Enumerable.Range(1, 2).Select(i => new FactEnrollment
        {
            SubmissionId = submission,
            SourceRowNumber = i,
            AcademicYear = 2024,
            SchoolKey = -1,
            MajorKey = -1,
            StudentPseudonym = Enumerable.Repeat((byte)('k' + i), 32).ToArray(),
            PseudonymKeyVersion = 1,
            EntryYear = 2023,
            Grade = 2,
            Gender = i == 1 ? "F" : "M",
            BirthYear = 2007,
            HomeRegionKey = -1,
            Route = "regular",
            Status = "enrolled",
            TrainingLevel = i == 1 ? "高级工" : null,
            EntryLevel = i == 1 ? "初中毕业" : null,
            HasWarnings = i == 2,
        });

    private static IEnumerable<FactRegionalIndustry> Rows(int count, long submission) =>
        Enumerable.Range(1, count).Select(i => new FactRegionalIndustry
        {
            SubmissionId = submission,
            SourceRowNumber = i,
            Year = 2024,
            RegionKey = -1,
            IndustryKey = -1,
            ValueAdded100mYuan = 1.25m,
            Employment10k = 2.5m,
            Priority = "none",
        });
}
