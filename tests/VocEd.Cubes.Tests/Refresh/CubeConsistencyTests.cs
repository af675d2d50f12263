using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>Incremental equals full; SQLite equals PostgreSQL (natural keys, values within 1e-9 relative, refreshed_at ignored).</summary>
public sealed class CubeConsistencyTests
{
    private TempDirectory _temp = null!; // Assigned in SetUp.

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    public static IEnumerable<TestCaseData> Providers()
    {
        yield return new TestCaseData(WarehouseProvider.Sqlite).SetName("{m}(sqlite)");
        yield return new TestCaseData(WarehouseProvider.Postgres).SetName("{m}(postgres)");
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Incremental_refresh_after_one_schools_correction_equals_a_full_refresh(WarehouseProvider provider)
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, _temp);
        var time = TimeProvider.System;
        await new CubeRefresher(options, time).RefreshAsync(full: true, CancellationToken.None);
        var before = await CubeSnapshot.ReadAsync(options);

        await CorrectSchoolTwoAsync(options);
        var incremental = await new CubeRefresher(options, time).RefreshAsync(full: false, CancellationToken.None);
        var afterIncremental = await CubeSnapshot.ReadAsync(options);
        await new CubeRefresher(options, time).RefreshAsync(full: true, CancellationToken.None);
        var afterFull = await CubeSnapshot.ReadAsync(options);

        Assert.That((incremental.Mode, incremental.SubmissionsSeen, incremental.PartitionsTouched), Is.EqualTo(("incremental", 2, 1)));
        Assert.That(CubeSnapshot.Differences(before, afterIncremental), Is.Not.Empty, "the correction changes the cubes");
        Assert.That(CubeSnapshot.Differences(afterIncremental, afterFull), Is.Empty);
        await using var db = WarehouseDbContextFactory.Create(options);
        var median = await db.CubeQuality.Where(q => q.RegionCode == "4403" && q.SchoolType == "all").Select(q => q.MedianMonthlySalary).SingleAsync();
        Assert.That(median, Is.EqualTo(3000.0), "S2's second graduate is now not placed");
        var school = await db.CubeQualitySchools.SingleAsync(s => s.SchoolCode == "4400000002");
        Assert.That((school.MedianMonthlySalary, school.PlacementRate), Is.EqualTo(((double?)3000.0, (double?)0.5)), "the school's own row too");
        var awaiting = await db.CubeDestinations.SingleAsync(d => d.RegionCode == "4403" && d.SchoolType == "all" && d.DestinationGroup == "awaiting");
        Assert.That(awaiting.Graduates, Is.EqualTo(1), "code 70 is awaiting employment");
        var status = await db.CubeSubmissionStatuses.SingleAsync(s => s.SchoolCode == "4400000002" && s.AcademicYear == CubeFixture.Year && s.SubmissionKind == "graduate_destination");
        Assert.That((status.Status, status.Versions, status.IsLate, status.FirstReceivedAt), Is.EqualTo(("loaded", 2, (bool?)false, (DateTime?)new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc))),
            "the correction, received after the 2025-12-31 deadline, does not make S2 late: its first receipt counts");
        Assert.That(await db.CubeRefreshLogs.CountAsync(), Is.EqualTo(3));
        Assert.That(await db.CubeRefreshPartitions.Select(p => p.SchoolCode).ToListAsync(), Is.EqualTo(new[] { "4400000002" }));
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Incremental_refresh_recomputes_whole_cells_and_equals_a_full_refresh_after_enrollment_profile_and_withdrawal_changes(WarehouseProvider provider)
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, _temp);
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            // A second associate school in S1's prefecture (广州), so S1's base cell holds two schools.
            var k = await CubeFixture.Keys.ReadAsync(db);
            var s5 = await CubeFixture.AddSchoolAsync(db, "4400000005", "广州第二职业技术学院", "associate", "440106", k);
            var e5 = CubeFixture.Submission(db, "enrollment", s5.SchoolCode, CubeFixture.Year);
            var g5 = CubeFixture.Submission(db, "graduate_destination", s5.SchoolCode, CubeFixture.GraduationYear);
            await db.SaveChangesAsync();
            CubeFixture.AddStudents(db, e5, s5, k.Major["510203"], 3, dropped: 1);
            CubeFixture.AddGraduate(db, g5, s5, k.Major["510203"], k, "10", "I", "440106", 4500m, true);
            await db.SaveChangesAsync();
        }

        var time = TimeProvider.System;
        await new CubeRefresher(options, time).RefreshAsync(full: true, CancellationToken.None);
        var before = await CubeSnapshot.ReadAsync(options);

        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var k = await CubeFixture.Keys.ReadAsync(db);
            var s1 = await db.DimSchools.SingleAsync(s => s.SchoolCode == "4400000001");
            var now = DateTime.UtcNow;
            foreach (var kind in new[] { "enrollment", "school_profile" })
            {
                var old = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == s1.SchoolCode && s.Kind == kind);
                old.Status = "superseded";
                old.StatusChangedAt = now;
                db.FactEnrollments.RemoveRange(db.FactEnrollments.Where(f => f.SubmissionId == old.SubmissionId));
                db.FactSchoolResources.RemoveRange(db.FactSchoolResources.Where(f => f.SubmissionId == old.SubmissionId));
            }

            var enrollment = CubeFixture.Submission(db, "enrollment", s1.SchoolCode, CubeFixture.Year, now);
            var profile = CubeFixture.Submission(db, "school_profile", s1.SchoolCode, CubeFixture.Year, now);
            var withdrawn = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == "4500000003" && s.Kind == "enrollment");
            withdrawn.Status = "withdrawn";
            withdrawn.StatusChangedAt = now;
            db.FactEnrollments.RemoveRange(db.FactEnrollments.Where(f => f.SubmissionId == withdrawn.SubmissionId));
            await db.SaveChangesAsync();
            CubeFixture.AddStudents(db, enrollment, s1, k.Major["510203"], 3, dropped: 2);
            CubeFixture.AddProfile(db, profile, s1, 900, 45, 10, 25, 4_000_000m);
            await db.SaveChangesAsync();
        }

        var incremental = await new CubeRefresher(options, time).RefreshAsync(full: false, CancellationToken.None);
        var afterIncremental = await CubeSnapshot.ReadAsync(options);
        await new CubeRefresher(options, time).RefreshAsync(full: true, CancellationToken.None);
        var afterFull = await CubeSnapshot.ReadAsync(options);

        Assert.That((incremental.Mode, incremental.PartitionsTouched), Is.EqualTo(("incremental", 2)), "S1 and S3 in 2024");
        Assert.That(CubeSnapshot.Differences(before, afterIncremental), Is.Not.Empty, "the corrections change the cubes");
        Assert.That(CubeSnapshot.Differences(afterIncremental, afterFull), Is.Empty);
        await using var check = WarehouseDbContextFactory.Create(options);
        var guangzhou = await check.CubeQuality.SingleAsync(q => q.RegionCode == "4401" && q.SchoolType == "associate");
        Assert.That((guangzhou.Students, guangzhou.Graduates), Is.EqualTo((3 + 3, 6 + 1)), "S1's new enrollment and S5's, untouched");
        Assert.That(await check.CubeQualitySchools.Where(s => s.SchoolCode == "4400000001").Select(s => s.Students).SingleAsync(), Is.EqualTo(3));
        Assert.That(await check.CubeQualitySchools.AnyAsync(s => s.SchoolCode == "4500000003" && s.Students > 0), Is.False, "S3's enrollment was withdrawn");
        Assert.That(await check.CubeRefreshScopes.CountAsync(), Is.Zero, "the working scope goes before the commit");
    }

    [TestCaseSource(nameof(Providers))]
    public async Task Incremental_refresh_of_one_fact_kind_in_a_shared_cell_over_two_years_and_of_a_regional_industry_change_equals_a_full_refresh(WarehouseProvider provider)
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, _temp);
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            // S5 shares S1's base cell (广州, associate); S1 also has enrollment in the year before.
            var k = await CubeFixture.Keys.ReadAsync(db);
            var s1 = await db.DimSchools.SingleAsync(s => s.SchoolCode == "4400000001");
            var s5 = await CubeFixture.AddSchoolAsync(db, "4400000005", "广州第二职业技术学院", "associate", "440106", k);
            var e5 = CubeFixture.Submission(db, "enrollment", s5.SchoolCode, CubeFixture.Year);
            var g5 = CubeFixture.Submission(db, "graduate_destination", s5.SchoolCode, CubeFixture.GraduationYear);
            var earlier = CubeFixture.Submission(db, "enrollment", s1.SchoolCode, CubeFixture.Year - 1);
            await db.SaveChangesAsync();
            CubeFixture.AddStudents(db, e5, s5, k.Major["510203"], 3, dropped: 1);
            CubeFixture.AddStudents(db, earlier, s1, k.Major["510203"], 4, dropped: 1);
            foreach (var row in db.ChangeTracker.Entries<VocEd.Warehouse.Model.Facts.FactEnrollment>().Where(e => e.Entity.SubmissionId == earlier.SubmissionId))
            {
                row.Entity.AcademicYear = CubeFixture.Year - 1;
            }

            CubeFixture.AddGraduate(db, g5, s5, k.Major["510203"], k, "10", "I", "440106", 4500m, true);
            CubeFixture.AddGraduate(db, g5, s5, k.Major["510203"], k, "12", "C", "440106", 5500m, false);
            await db.SaveChangesAsync();
        }

        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);

        // S1's graduates resubmitted (one employed graduate fewer): the graduates rows of the shared cell only; S5's
        // graduates and both schools' enrollment stay as they were.
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var k = await CubeFixture.Keys.ReadAsync(db);
            var s1 = await db.DimSchools.SingleAsync(s => s.SchoolCode == "4400000001");
            var now = DateTime.UtcNow;
            var old = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == s1.SchoolCode && s.Kind == "graduate_destination");
            old.Status = "superseded";
            old.StatusChangedAt = now;
            db.FactGraduateOutcomes.RemoveRange(db.FactGraduateOutcomes.Where(g => g.SubmissionId == old.SubmissionId));
            var replacement = CubeFixture.Submission(db, "graduate_destination", s1.SchoolCode, CubeFixture.GraduationYear, now);
            await db.SaveChangesAsync();
            CubeFixture.AddGraduate(db, replacement, s1, k.Major["510203"], k, "10", "I", "440106", 5000m, true);
            CubeFixture.AddGraduate(db, replacement, s1, k.Major["510203"], k, "80");
            await db.SaveChangesAsync();
        }

        await AssertIncrementalEqualsFullAsync(options);
        await using (var check = WarehouseDbContextFactory.Create(options))
        {
            var guangzhou = await check.CubeQuality.SingleAsync(q => q.RegionCode == "4401" && q.SchoolType == "associate" && q.AcademicYear == CubeFixture.Year);
            Assert.That((guangzhou.Students, guangzhou.Graduates, guangzhou.Employed), Is.EqualTo((6 + 3, 2 + 2, 1 + 2)), "S5's rows of the shared cell stay");
        }

        // S5's enrollment and S1's of the year before withdrawn: only enrollment rows, of the shared cell in two academic years.
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var now = DateTime.UtcNow;
            foreach (var withdrawn in await db.EtlSubmissions.Where(s => s.Kind == "enrollment"
                && (s.SubmitterCode == "4400000005" || (s.SubmitterCode == "4400000001" && s.Year == CubeFixture.Year - 1))).ToListAsync())
            {
                withdrawn.Status = "withdrawn";
                withdrawn.StatusChangedAt = now;
                db.FactEnrollments.RemoveRange(db.FactEnrollments.Where(f => f.SubmissionId == withdrawn.SubmissionId));
            }

            await db.SaveChangesAsync();
        }

        var withdrawal = await AssertIncrementalEqualsFullAsync(options);
        Assert.That(withdrawal.AcademicYears, Is.EqualTo(new[] { CubeFixture.Year - 1, CubeFixture.Year }));
        await using (var check = WarehouseDbContextFactory.Create(options))
        {
            var guangzhou = await check.CubeQuality.SingleAsync(q => q.RegionCode == "4401" && q.SchoolType == "associate" && q.AcademicYear == CubeFixture.Year);
            Assert.That((guangzhou.Students, guangzhou.Graduates), Is.EqualTo((6, 2 + 2)), "S5's graduates stay");
            Assert.That(await check.CubeQuality.AnyAsync(q => q.AcademicYear == CubeFixture.Year - 1), Is.False, "the withdrawn year has no facts left");
        }

        // Guangdong's regional_industry resubmitted with other priority industries: every cell's priority counts of the year.
        double? before;
        double emergingBefore;
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            before = await db.CubeGraduateFit.Where(f => f.RegionCode == "44" && f.MajorCategoryCode == "51").Select(f => f.PriorityIndustryRate).SingleAsync();
            emergingBefore = await EnrollmentInAsync(db, "strategic_emerging");
            var k = await CubeFixture.Keys.ReadAsync(db);
            var old = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == "44" && s.Kind == "regional_industry");
            old.Status = "superseded";
            old.StatusChangedAt = DateTime.UtcNow;
            db.FactRegionalIndustries.RemoveRange(db.FactRegionalIndustries.Where(f => f.SubmissionId == old.SubmissionId));
            var replacement = CubeFixture.Submission(db, "regional_industry", "44", CubeFixture.Year, DateTime.UtcNow);
            await db.SaveChangesAsync();
            CubeFixture.AddIndustry(db, replacement, k, "44", ("C", 100m, 10m, "key"), ("I", 50m, 2m, "none"), ("Q", 30m, 3m, "none"), ("F", 20m, 5m, "none"));
            await db.SaveChangesAsync();
        }

        await AssertIncrementalEqualsFullAsync(options);
        await using (var check = WarehouseDbContextFactory.Create(options))
        {
            var after = await check.CubeGraduateFit.Where(f => f.RegionCode == "44" && f.MajorCategoryCode == "51").Select(f => f.PriorityIndustryRate).SingleAsync();
            Assert.That(after, Is.Not.EqualTo(before), "C, not I, is the priority industry now");
            Assert.That(emergingBefore, Is.EqualTo(6 * 0.7).Within(1e-9), "S1's 510203 students in I (weight 0.7) are strategic emerging");
            Assert.That(await EnrollmentInAsync(check, "strategic_emerging"), Is.Zero, "the new file flags no section strategic emerging");
        }
    }

    /// <summary>
    /// The changes users make, in a random order (fixed seed) on a generated sample loaded through the ETL: loads,
    /// corrections (a profile's county and students, rows left out of the others), withdrawals (school profiles among
    /// them), late school profiles and crosswalk changes. After each step or two, one warehouse is refreshed
    /// incrementally and a twin given the same changes fully: their cubes are identical every time, a crosswalk change
    /// makes the incremental refresh a full one, and no fact is ever counted under an unknown school type.
    /// </summary>
    [TestCaseSource(nameof(Providers))]
    public async Task Incremental_refresh_equals_a_full_refresh_after_every_step_of_a_random_sequence_of_changes(WarehouseProvider provider)
    {
        var random = new Random(20261207);
        var sequence = await ChangeSequence.CreateAsync(provider, _temp);
        var sample = ChangeSequence.Sample;
        var files = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var profiles = files.Where(f => f.Contains("/school_profile/", StringComparison.Ordinal)).ToList();
        var counties = ChangeSequence.Counties(profiles.Select(f => Path.Combine(sample, f)));
        var late = profiles.Where(f => f.StartsWith("2023/", StringComparison.Ordinal)).OrderBy(_ => random.Next()).Take(3).ToList();
        var initial = files.Where(f => !late.Contains(f) && (f.Contains("/school_profile/", StringComparison.Ordinal) || f.StartsWith("2023/", StringComparison.Ordinal))).ToList();
        var pending = files.Except(initial).Except(late).ToList();
        var current = new SortedDictionary<string, string>(StringComparer.Ordinal); // a sample file → its latest version sent
        var log = new List<string>();

        async Task IngestAsync(string what, IReadOnlyList<string> originals, IReadOnlyList<string>? paths = null)
        {
            for (var i = 0; i < originals.Count; i++)
            {
                current[originals[i]] = paths?[i] ?? Path.Combine(sample, originals[i]);
            }

            var outcomes = await sequence.IngestAsync([.. originals.Select(o => current[o])]);
            log.Add($"{what} {string.Join(" ", originals.Take(3))}{(originals.Count > 3 ? " …" : string.Empty)}: {string.Join(",", outcomes.Select(o => o.Status).Distinct())}");
        }

        await IngestAsync("load", initial);
        await sequence.RefreshAsync();
        await AssertTwinsAgreeAsync(sequence, log);

        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        var referenceChanged = false;
        var incremental = 0;
        var references = 0;
        const int steps = 24;
        for (var step = 0; step < steps; step++)
        {
            var roll = random.Next(10);
            var op = roll switch
            {
                < 3 when pending.Count > 0 => "load",
                < 6 => "correction",
                < 8 => "withdrawal",
                8 when late.Count > 0 => "late profile",
                9 when references < 3 => "reference", // each makes the next refresh a full one
                _ => "correction",
            };
            switch (op)
            {
                case "load" or "late profile":
                    var from = op == "load" ? pending : late;
                    var file = from[random.Next(from.Count)];
                    from.Remove(file);
                    await IngestAsync(op, [file]);
                    break;
                case "correction":
                    var original = current.Keys.ElementAt(random.Next(current.Count));
                    op += " " + original.Split('/')[1];
                    // A profile's county corrected in every year sent (it was wrong all along) moves the school out of its cell.
                    var county = counties[random.Next(counties.Count)];
                    List<string> originals = op.EndsWith("school_profile", StringComparison.Ordinal) && random.NextDouble() < 0.6
                        ? [.. current.Keys.Where(k => k.Contains("/school_profile/", StringComparison.Ordinal) && Path.GetFileName(k) == Path.GetFileName(original))]
                        : [original];
                    await IngestAsync(op, originals, [.. originals.Select(o => sequence.Correct(current[o], random, county))]);
                    break;
                case "withdrawal":
                    var loaded = await sequence.LoadedAsync();
                    var candidates = random.NextDouble() < 0.4 ? loaded.Where(l => l.Kind == SubmissionKinds.SchoolProfile).ToList() : loaded;
                    var (kind, submitter, year) = candidates[random.Next(candidates.Count)];
                    var withdrawn = await sequence.WithdrawAsync(kind, submitter, year);
                    op += $" {kind}{(withdrawn ? string.Empty : " (refused)")}";
                    log.Add($"{op} {submitter} {year}");
                    break;
                default:
                    await sequence.ChangeCrosswalkAsync(random);
                    referenceChanged = true;
                    references++;
                    log.Add(op);
                    break;
            }

            done[op] = done.GetValueOrDefault(op) + 1;
            if (random.NextDouble() < 0.3 && step < steps - 1)
            {
                continue; // two changes before the next refresh
            }

            var report = await sequence.RefreshAsync();
            log.Add($"refresh: {report.Mode}, {report.PartitionsTouched} partitions, years [{string.Join(",", report.AcademicYears)}]");
            Assert.That(report.Mode, Is.EqualTo(referenceChanged ? "full" : "incremental"), string.Join("\n", log));
            incremental += referenceChanged ? 0 : 1;
            referenceChanged = false;
            await AssertTwinsAgreeAsync(sequence, log);
        }

        Assert.That(incremental, Is.GreaterThanOrEqualTo(8), string.Join("\n", log));
        Assert.That(done.Keys, Does.Contain("load").And.Contain("late profile").And.Contain("reference").And.Contain("withdrawal school_profile")
            .And.Contain("correction school_profile").And.Contain("correction enrollment"), string.Join("\n", log));
    }

    /// <summary>Guangdong's crosswalk-weighted enrollment of the year in sections of one priority (cube_priority_coverage).</summary>
    private static Task<double> EnrollmentInAsync(WarehouseDbContext db, string priority) =>
        db.CubePriorityCoverage.Where(p => p.RegionCode == "44" && p.AcademicYear == CubeFixture.Year && p.Priority == priority).Select(p => p.Students).SingleAsync();

    [Test]
    public async Task A_base_without_categories_is_rebuilt_by_a_full_refresh()
    {
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        var before = await CubeSnapshot.ReadAsync(options);
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            // As a warehouse refreshed before cube_base_category existed.
            await db.CubeBaseCategories.ExecuteDeleteAsync();
        }

        var report = await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
        Assert.That(report.Mode, Is.EqualTo("full"));
        Assert.That(CubeSnapshot.Differences(before, await CubeSnapshot.ReadAsync(options)), Is.Empty);
    }

    [Test]
    public async Task An_incremental_refresh_with_nothing_new_touches_nothing_and_keeps_the_cubes()
    {
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        var before = await CubeSnapshot.ReadAsync(options);
        var report = await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
        Assert.That((report.PartitionsTouched, report.AcademicYears.Count), Is.EqualTo((0, 0)));
        Assert.That(CubeSnapshot.Differences(before, await CubeSnapshot.ReadAsync(options)), Is.Empty);
        await using var db = WarehouseDbContextFactory.Create(options);
        var statusRows = await db.CubeSubmissionStatuses.CountAsync() + await db.CubeSubmissionStatusRegions.CountAsync() + await db.CubeSubmissionCoverage.CountAsync();
        Assert.That(report.RowsWritten, Is.EqualTo(statusRows), "only the submission cubes, which depend on the clock, are written again");
    }

    [Test]
    public async Task A_load_stamped_before_the_last_refresh_but_committed_after_it_is_still_picked_up()
    {
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);

        // A correction stamped before every load the last refresh saw (the fixture loads on 2025-03-01), committed only now.
        await CorrectSchoolTwoAsync(options, new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        var incremental = await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
        var afterIncremental = await CubeSnapshot.ReadAsync(options);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);

        Assert.That(incremental.SubmissionsSeen, Is.EqualTo(2));
        Assert.That(CubeSnapshot.Differences(afterIncremental, await CubeSnapshot.ReadAsync(options)), Is.Empty);
    }

    [Test]
    public async Task Sqlite_and_postgres_produce_identical_cubes_from_the_same_fixture()
    {
        var sqlite = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        var postgres = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Postgres, _temp);
        await new CubeRefresher(sqlite, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        await new CubeRefresher(postgres, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        var a = await CubeSnapshot.ReadAsync(sqlite);
        var b = await CubeSnapshot.ReadAsync(postgres);
        Assert.That(a, Has.Count.GreaterThan(100));
        Assert.That(CubeSnapshot.Differences(a, b), Is.Empty);

        // PostgreSQL's full refresh drops cube_base_major's primary key around its insert and builds it again.
        await using var db = WarehouseDbContextFactory.Create(postgres);
        await db.Database.OpenConnectionAsync();
        var keys = await VocEd.Warehouse.Data.SqlCommands.QueryAsync(
            db.Database.GetDbConnection(),
            null,
            "select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'cube_base_major'::regclass and contype = 'p' and conname = 'pk_cube_base_major'",
            r => r.GetString(0),
            CancellationToken.None);
        Assert.That(keys, Is.EqualTo(new[] { "PRIMARY KEY (academic_year, prefecture_code, province_code, economic_region, school_type, crosswalk, major_category_code, employer_industry_key)" }));
    }

    /// <summary>The incrementally and the fully refreshed twin have the same cubes, and no row of an unknown school type.</summary>
    private static async Task AssertTwinsAgreeAsync(ChangeSequence sequence, List<string> log)
    {
        // The twins receive the same files a moment apart and, with several workers, register them in another order: the
        // submission status cubes' receipt times and submission ids describe the ingest, not the refresh.
        string[] ingestOnly = ["first_received_at", "submission_id"];
        var incremental = await CubeSnapshot.ReadAsync(sequence.Incremental, ingestOnly);
        var full = await CubeSnapshot.ReadAsync(sequence.Full, ingestOnly);
        Assert.That(full, Has.Count.GreaterThan(50), "the sample fills the cubes");
        Assert.That(CubeCatalog.All.Select(c => c.Table).Where(t => !full.Keys.Any(k => k.StartsWith(t + "|", StringComparison.Ordinal))), Is.Empty, "every cube has rows to compare");
        var differences = CubeSnapshot.Differences(incremental, full);
        Assert.That(differences, Is.Empty, string.Join("\n", log) + "\n" + string.Join("\n", differences.Take(40)));
        await using var db = WarehouseDbContextFactory.Create(sequence.Full);
        Assert.That(await db.CubeQuality.CountAsync(q => q.SchoolType == "unknown"), Is.Zero, "no fact under an unknown school type:\n" + string.Join("\n", log));
    }

    /// <summary>An incremental refresh, then a full one: the cubes of both are identical (and the incremental one changed something).</summary>
    private static async Task<CubeRefreshReport> AssertIncrementalEqualsFullAsync(WarehouseOptions options)
    {
        var before = await CubeSnapshot.ReadAsync(options);
        var incremental = await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
        var afterIncremental = await CubeSnapshot.ReadAsync(options);
        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        Assert.That(incremental.Mode, Is.EqualTo("incremental"));
        Assert.That(CubeSnapshot.Differences(before, afterIncremental), Is.Not.Empty, "the change changes the cubes");
        Assert.That(CubeSnapshot.Differences(afterIncremental, await CubeSnapshot.ReadAsync(options)), Is.Empty);
        return incremental;
    }

    /// <summary>S2 resubmits its graduates: the 3500-yuan graduate is now 70 (not placed); the old submission is superseded.</summary>
    private static async Task CorrectSchoolTwoAsync(WarehouseOptions options, DateTime? stampedAt = null)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var k = await CubeFixture.Keys.ReadAsync(db);
        var s2 = await db.DimSchools.SingleAsync(s => s.SchoolCode == "4400000002");
        var old = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == "4400000002" && s.Kind == "graduate_destination");
        var changedAt = stampedAt ?? DateTime.UtcNow;
        old.Status = "superseded";
        old.StatusChangedAt = changedAt;
        var replacement = CubeFixture.Submission(db, "graduate_destination", s2.SchoolCode, CubeFixture.GraduationYear, changedAt);
        replacement.ReceivedAt = changedAt;
        await db.SaveChangesAsync();
        db.FactGraduateOutcomes.RemoveRange(db.FactGraduateOutcomes.Where(g => g.SubmissionId == old.SubmissionId));
        CubeFixture.AddGraduate(db, replacement, s2, k.Major["720201"], k, "12", "Q", "440304", 3000m, true);
        CubeFixture.AddGraduate(db, replacement, s2, k.Major["720201"], k, "70");
        await db.SaveChangesAsync();
        Assert.That(await db.FactGraduateOutcomes.CountAsync(g => g.SchoolKey == s2.SchoolKey), Is.EqualTo(2));
    }
}
