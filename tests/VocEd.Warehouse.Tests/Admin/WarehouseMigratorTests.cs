using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Tests.Admin;

/// <summary>Integration: migrate and seed a real SQLite file, a real PostgreSQL database, and SQL Server when one is given.</summary>
public sealed class WarehouseMigratorTests
{
    private static readonly ReferenceDataSet _reference = ReferenceDataSet.Load();
    private TempDirectory _temp = null!; // Assigned in SetUp before every test.

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    public static IEnumerable<TestCaseData> Providers()
    {
        yield return new TestCaseData(WarehouseProvider.Sqlite).SetName("{m}(sqlite)");
        yield return new TestCaseData(WarehouseProvider.Postgres).SetName("{m}(postgres)");
        yield return new TestCaseData(WarehouseProvider.SqlServer).SetName("{m}(sqlserver)");
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Migrate_creates_the_schema_and_seeds_every_reference_dimension(WarehouseProvider provider)
    {
        var options = await FreshAsync(provider);
        var report = await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        Assert.That(report.AppliedMigrations, Is.Not.Empty);

        await using var db = WarehouseDbContextFactory.Create(options);
        var summary = await WarehouseSummary.ReadAsync(db, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Count("regions: nation"), Is.EqualTo(1));
            Assert.That(summary.Count("regions: provinces"), Is.EqualTo(31));
            Assert.That(summary.Count("regions: prefectures"), Is.EqualTo(342));
            Assert.That(summary.Count("regions: counties"), Is.EqualTo(2978));
            Assert.That(summary.Count("major categories: bachelor"), Is.EqualTo(19));
            Assert.That(summary.Count("major categories: associate"), Is.EqualTo(19));
            Assert.That(summary.Count("major categories: secondary"), Is.EqualTo(19));
            Assert.That(summary.Count("major classes: associate"), Is.EqualTo(97));
            Assert.That(summary.Count("industry sections"), Is.EqualTo(20));
            Assert.That(summary.Count("destination codes"), Is.EqualTo(16));
            Assert.That(summary.Count("majors: technical"), Is.EqualTo(55));
        });

        var guangzhouHuangpu = await db.DimRegions.SingleAsync(r => r.RegionCode == "440112");
        Assert.That((guangzhouHuangpu.RegionLevel, guangzhouHuangpu.PrefectureCode, guangzhouHuangpu.ProvinceCode, guangzhouHuangpu.EconomicRegion),
            Is.EqualTo(("county", "4401", "44", "east")));
        var software = await db.DimMajors.SingleAsync(m => m.MajorCode == "510203");
        Assert.That((software.Level, software.CategoryCode, software.MajorCategoryCode, software.ClassCode, software.IsSynthetic),
            Is.EqualTo(("associate", "51", "51", "5102", false)));
        var nursing = await db.DimMajors.SingleAsync(m => m.MajorCode == "720201");
        Assert.That((nursing.Level, nursing.MajorCategoryCode), Is.EqualTo(("secondary", "52")));
        var energy = await db.DimMajors.SingleAsync(m => m.MajorCode == "8181" && m.CatalogCode == "technical-44");
        Assert.That(energy.MajorCategoryCode, Is.EqualTo("能源类"));
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Every_dimension_has_an_unknown_member(WarehouseProvider provider)
    {
        var options = await FreshAsync(provider);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using var db = WarehouseDbContextFactory.Create(options);
        Assert.Multiple(async () =>
        {
            Assert.That(await db.DimRegions.AnyAsync(r => r.RegionKey == -1), Is.True, "dim_region");
            Assert.That(await db.DimSchools.AnyAsync(s => s.SchoolKey == -1), Is.True, "dim_school");
            Assert.That(await db.DimMajors.AnyAsync(m => m.MajorKey == -1), Is.True, "dim_major");
            Assert.That(await db.DimIndustries.AnyAsync(i => i.IndustryKey == -1), Is.True, "dim_industry");
            Assert.That(await db.DimDestinations.AnyAsync(d => d.DestinationKey == -1), Is.True, "dim_destination");
            Assert.That(await db.DimAcademicYears.AnyAsync(y => y.AcademicYear == -1), Is.True, "dim_academic_year");
            Assert.That(await db.DimDates.AnyAsync(d => d.DateKey == -1), Is.True, "dim_date");
        });
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Migrating_again_changes_nothing(WarehouseProvider provider)
    {
        var options = await FreshAsync(provider);
        var migrator = new WarehouseMigrator(options, _reference, TimeProvider.System);
        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(first.Seed.Inserted, Is.GreaterThan(15_000));
            Assert.That(second.AppliedMigrations, Is.Empty);
            Assert.That(second.Seed.Inserted, Is.Zero);
            Assert.That(second.Seed.Updated, Is.Zero);
        });
    }

    [Test]
    public async Task A_changed_reference_file_updates_the_rows_on_the_next_migrate()
    {
        var options = await FreshAsync(WarehouseProvider.Sqlite);
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);

        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(ReferenceDataSet.DefaultDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        }

        var destinations = dir.File("destination-codes.csv");
        File.WriteAllText(destinations, File.ReadAllText(destinations).Replace("76,自由职业", "76,自由职业(灵活就业)", StringComparison.Ordinal));
        var report = await new WarehouseMigrator(options, ReferenceDataSet.Load(dir.Path), TimeProvider.System).MigrateAsync(CancellationToken.None);

        await using var db = WarehouseDbContextFactory.Create(options);
        Assert.That((await db.DimDestinations.SingleAsync(d => d.DestinationCode == "76")).NameZh, Is.EqualTo("自由职业(灵活就业)"));
        Assert.That((report.Seed.Inserted, report.Seed.Updated), Is.EqualTo((0, 1)));
    }

    /// <summary>
    /// An existing warehouse — facts loaded, analyst views on them — upgrades across FactKeyIsLineage (fact keys
    /// become (submission_id, source_row_number); SQLite rebuilds the tables, which its views used to block) and
    /// StudentPseudonymAsBytes (the hex text becomes its 32 bytes) and keeps every fact row and its values.
    /// </summary>
    [TestCaseSource(nameof(Providers))]
    public async Task A_warehouse_with_facts_and_views_upgrades_to_lineage_keys_keeping_every_row(WarehouseProvider provider)
    {
        var options = await FreshAsync(provider);
        await using (var old = WarehouseDbContextFactory.Create(options))
        {
            var migrations = old.Database.GetMigrations().ToList();
            var lineage = migrations.FindIndex(m => m.EndsWith("_FactKeyIsLineage", StringComparison.Ordinal));
            Assert.That(lineage, Is.GreaterThan(0));
            await old.GetService<IMigrator>().MigrateAsync(migrations[lineage - 1]);
            await WarehouseViews.CreateAsync(old, CancellationToken.None);
            var insert = """
                insert into fact_enrollment (submission_id, source_row_number, academic_year, school_key, major_key, student_pseudonym,
                    pseudonym_key_version, entry_year, grade, gender, birth_year, home_region_key, route, status, has_warnings)
                values (7, 2, 2024, -1, -1, '{p1}', 1, 2024, 1, 'F', 2008, -1, 'regular', 'enrolled', {no}),
                       (7, 3, 2024, -1, -1, '{p2}', 1, 2023, 2, 'M', 2007, -1, 'regular', 'dropped', {no});
                insert into fact_graduate_outcome (submission_id, source_row_number, graduation_year, school_key, major_key, student_pseudonym,
                    pseudonym_key_version, destination_key, employer_industry_key, employer_region_key, monthly_salary_yuan, survey_date_key, has_warnings)
                values (8, 2, 2025, -1, -1, '{p3}', 1, -1, -2, -2, 4321.50, -1, {no});
                """;
            insert = insert.Replace("{no}", provider == WarehouseProvider.Postgres ? "false" : "0", StringComparison.Ordinal);
            foreach (var p in new[] { "p1", "p2", "p3" })
            {
                insert = insert.Replace("{" + p + "}", Convert.ToHexStringLower(TestPseudonyms.Of(p)), StringComparison.Ordinal);
            }

            await old.Database.ExecuteSqlRawAsync(insert);
        }

        var report = await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        Assert.That(report.AppliedMigrations.Select(m => m.Split('_', 2)[1]), Does.Contain("FactKeyIsLineage"));

        await using var db = WarehouseDbContextFactory.Create(options);
        var students = await db.FactEnrollments.OrderBy(f => f.SourceRowNumber).Select(f => new { f.SubmissionId, f.SourceRowNumber, f.StudentPseudonym, f.Status }).ToListAsync();
        // The pseudonyms stored then as hex text are the bytes that text spells now (StudentPseudonymAsBytes).
        Assert.That(students.Select(f => (f.SubmissionId, f.SourceRowNumber, Convert.ToHexStringLower(f.StudentPseudonym), f.Status)),
            Is.EqualTo(new[] { (7L, 2, Convert.ToHexStringLower(TestPseudonyms.Of("p1")), "enrolled"), (7L, 3, Convert.ToHexStringLower(TestPseudonyms.Of("p2")), "dropped") }));
        var graduate = await db.FactGraduateOutcomes.SingleAsync();
        Assert.That((graduate.SubmissionId, graduate.SourceRowNumber, graduate.MonthlySalaryYuan), Is.EqualTo((8L, 2, (decimal?)4321.50m)));
        Assert.That(graduate.StudentPseudonym, Is.EqualTo(TestPseudonyms.Of("p3")));
        var viewed = await db.Database.SqlQueryRaw<int>("select count(*) as \"Value\" from v_enrollment").SingleAsync();
        Assert.That(viewed, Is.EqualTo(2), "the analyst views are back, on the new tables");
    }

    /// <summary>
    /// Text an earlier ETL stored with citizen IDs in it (a shifted column, a broken quote: a full ID in a rejected row's
    /// value or message, in a reason, in a file name) is masked by the upgrade as the ETL masks it now — every run of
    /// 18 or more digits, or 17 and an X, keeps its first six characters — and nothing else changes.
    /// </summary>
    [TestCaseSource(nameof(Providers))]
    public async Task Text_stored_with_citizen_ids_is_masked_by_the_upgrade(WarehouseProvider provider)
    {
        var options = await FreshAsync(provider);
        var random = new Random(20261207);
        string[] pieces = ["110105194912310021", "11010519491231002X", "11010519491231002x", "1234567890123456789012", "12345678901234567", "1234567890123456", "12345678901234567a",
            "中文", " ", ",", "abc", "X", "7", "'", "\r\n", "第 12 行：", "0000000000000000000X"];
        var texts = Enumerable.Range(0, 60).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]))).ToList();
        texts.Add("no digits at all");
        await using (var old = WarehouseDbContextFactory.Create(options))
        {
            var migrations = old.Database.GetMigrations().ToList();
            var hostile = migrations.FindIndex(m => m.EndsWith("_HostileInputAndKeyFingerprint", StringComparison.Ordinal));
            Assert.That(hostile, Is.GreaterThan(0));
            await old.GetService<IMigrator>().MigrateAsync(migrations[hostile - 1]);
            await old.Database.OpenConnectionAsync();
            var connection = old.Database.GetDbConnection();
            await SqlCommands.ExecuteAsync(connection, null,
                "insert into etl_load_run (started_at, triggered_by, status, files_seen, submissions_loaded, submissions_quarantined, submissions_skipped, rows_read, rows_loaded, rows_rejected, message) values (@now, 'cli', 'failed', 0, 0, 0, 0, 0, 0, 0, @text)",
                CancellationToken.None, ("@now", DateTime.UtcNow), ("@text", texts[0]));
            for (var i = 0; i < texts.Count; i++)
            {
                await SqlCommands.ExecuteAsync(connection, null,
                    """
                    insert into etl_submission (kind, content_hash, file_name, size_bytes, received_at, version, status, status_reason, rows_read, rows_loaded, rows_rejected, rows_warned, status_changed_at, quarantine_path)
                    values ('enrollment', @hash, @text, 1, @now, 1, 'quarantined', @text, 0, 0, 0, 0, @now, @text)
                    """,
                    CancellationToken.None, ("@hash", i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)), ("@text", texts[i]), ("@now", DateTime.UtcNow));
            }

            var first = await old.Database.SqlQueryRaw<long>("select min(submission_id) as \"Value\" from etl_submission").SingleAsync();
            for (var i = 0; i < texts.Count; i++)
            {
                await SqlCommands.ExecuteAsync(connection, null,
                    "insert into etl_rejected_row (submission_id, source_row_number, rule_id, severity, message, raw_value) values (@id, @row, 'malformed_record', 'error', @text, @text)",
                    CancellationToken.None, ("@id", first + i), ("@row", i + 1), ("@text", texts[i]));
            }
        }

        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);

        await using var db = WarehouseDbContextFactory.Create(options);
        var rejected = await db.Set<Model.Etl.EtlRejectedRow>().OrderBy(r => r.SourceRowNumber).ToListAsync();
        var submissions = await db.Set<Model.Etl.EtlSubmission>().OrderBy(s => s.SubmissionId).ToListAsync();
        var expected = texts.Select(Masked).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(expected.Count(e => e.Contains('*', StringComparison.Ordinal)), Is.GreaterThan(30), "most texts had an ID to mask");
            Assert.That(rejected.Select(r => r.RawValue), Is.EqualTo(expected));
            Assert.That(rejected.Select(r => r.Message), Is.EqualTo(expected));
            Assert.That(submissions.Select(s => s.StatusReason), Is.EqualTo(expected));
            Assert.That(submissions.Select(s => s.FileName), Is.EqualTo(expected));
            Assert.That(submissions.Select(s => s.QuarantinePath), Is.EqualTo(expected));
            Assert.That(await db.Set<Model.Etl.EtlLoadRun>().Select(r => r.Message).SingleAsync(), Is.EqualTo(expected[0]));
        });
    }

    /// <summary>The masking the ETL applies, written independently: a run of 18+ digits (and an X after it), or 17 digits and an X.</summary>
    private static string Masked(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "[0-9]{18,}[Xx]?|[0-9]{17}[Xx]", m => m.Value[..6] + new string('*', m.Value.Length - 6));

    private async Task<WarehouseOptions> FreshAsync(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => TestWarehouses.Sqlite(_temp),
        WarehouseProvider.Postgres => await TestWarehouses.PostgresAsync(PostgresFixture.Server),
        _ => TestWarehouses.SqlServerOrIgnore(),
    };
}
