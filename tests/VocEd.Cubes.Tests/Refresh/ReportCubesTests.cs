using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Reference;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>
/// The cubes that come with the reports — cube_quality_school, cube_destination, cube_priority_coverage, the submission
/// status and coverage cubes, student_count_mismatch — against hand computations on <see cref="CubeFixture"/>, on SQLite
/// and PostgreSQL, refreshed in full with the clock stopped on 1 June 2025 (before the 2025 deadlines).
/// </summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
public sealed class ReportCubesTests(WarehouseProvider provider)
{
    private const double _tolerance = 1e-12;
    private static readonly DateTimeOffset _june2025 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private WarehouseOptions _options = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task RefreshOnceAsync()
    {
        _temp = new TempDirectory();
        _options = await CubeFixture.CreateWithFactsAsync(provider, _temp);
        await using (var db = WarehouseDbContextFactory.Create(_options))
        {
            // S3's enrollment of 2025 arrived and was quarantined; S1 corrected its 2024 enrollment (a later version, loaded).
            var quarantined = CubeFixture.Submission(db, "enrollment", "4500000003", CubeFixture.Year + 1);
            quarantined.Status = "quarantined";
            var old = await db.EtlSubmissions.SingleAsync(s => s.SubmitterCode == "4400000001" && s.Kind == "enrollment");
            old.Status = "superseded";
            var correction = CubeFixture.Submission(db, "enrollment", "4400000001", CubeFixture.Year);
            correction.ReceivedAt = new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);
            correction.RowsRead = 6;
            correction.RowsLoaded = 6;
            await db.SaveChangesAsync();
            await db.FactEnrollments.Where(f => f.SubmissionId == old.SubmissionId).ExecuteUpdateAsync(u => u.SetProperty(f => f.SubmissionId, correction.SubmissionId));
        }

        await new CubeRefresher(_options, new StoppedClock(_june2025)).RefreshAsync(full: true, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public async Task A_schools_row_holds_its_own_indicators_median_included()
    {
        var s1 = await SchoolAsync("4400000001");
        Assert.Multiple(() =>
        {
            Assert.That((s1.SchoolName, s1.SchoolType, s1.CountyCode, s1.PrefectureCode, s1.ProvinceCode, s1.EconomicRegion),
                Is.EqualTo(("广州软件职业技术学院", "associate", "440106", "4401", "44", "east")));
            Assert.That((s1.Schools, s1.Students, s1.Graduates, s1.Employed, s1.FulltimeTeachers), Is.EqualTo((1, 6, 6, 3, (int?)50)));
            Assert.That(s1.PlacementRate, Is.EqualTo(5.0 / 6).Within(_tolerance), "10 11 75 80 85 of 6");
            Assert.That(s1.FurtherStudyRate, Is.EqualTo(1.0 / 6).Within(_tolerance));
            Assert.That(s1.EntrepreneurshipRate, Is.EqualTo(1.0 / 6).Within(_tolerance));
            Assert.That(s1.RelatedRate, Is.EqualTo(2.0 / 3).Within(_tolerance));
            Assert.That(s1.LocalEmploymentRate, Is.EqualTo(2.0 / 3).Within(_tolerance), "广州 and 深圳 in 44, 南宁 not");
            Assert.That(s1.LocalCityEmploymentRate, Is.EqualTo(1.0 / 3).Within(_tolerance));
            Assert.That(s1.MeanMonthlySalary, Is.EqualTo(5000).Within(_tolerance));
            Assert.That(s1.MedianMonthlySalary, Is.EqualTo(5000).Within(_tolerance), "4000 5000 6000");
            Assert.That(s1.StudentTeacherRatio, Is.EqualTo(1000.0 / (50 + 10)).Within(_tolerance));
            Assert.That(s1.DualQualifiedShare, Is.EqualTo(30.0 / 50).Within(_tolerance));
            Assert.That(s1.EquipmentPerStudent, Is.EqualTo(5000).Within(_tolerance));
            Assert.That(s1.DropoutRate, Is.EqualTo(1.0 / 6).Within(_tolerance));
        });
        Assert.That((await SchoolAsync("4400000002")).MedianMonthlySalary, Is.EqualTo(3250).Within(_tolerance), "3000 | 3500");
    }

    [Test]
    public async Task Thresholds_of_the_schools_type_are_judged_per_school_and_null_where_none_applies()
    {
        var (s1, s2, s3, s4) = (await SchoolAsync("4400000001"), await SchoolAsync("4400000002"), await SchoolAsync("4500000003"), await SchoolAsync("4400000004"));
        Assert.Multiple(() =>
        {
            Assert.That((s1.BreachStudentTeacherRatio, s1.BreachEquipmentPerStudent, s1.BreachDualQualifiedShare, s1.BreachFulltimeTeachers),
                Is.EqualTo(((bool?)false, (bool?)false, (bool?)null, (bool?)null)), "高职 16.7 ≤ 18, 5,000 ≥ 4,000 元; no 高职 threshold on the others");
            Assert.That((s2.BreachStudentTeacherRatio, s2.BreachEquipmentPerStudent, s2.BreachFulltimeTeachers),
                Is.EqualTo(((bool?)false, (bool?)true, (bool?)true)), "中职 12.5 ≤ 20; 2,000 < 2,500 元; 40 < 60 full-time teachers");
            Assert.That((s3.BreachStudentTeacherRatio, s3.BreachEquipmentPerStudent), Is.EqualTo(((bool?)null, (bool?)true)), "no teachers: no ratio to judge; 0 元 < 4,000");
            Assert.That((s4.Schools, s4.Students, s4.FulltimeTeachers, s4.StudentCountMismatch, s4.BreachStudentTeacherRatio),
                Is.EqualTo((0, 2, (int?)null, (bool?)null, (bool?)null)), "no profile: nothing to judge");
        });
    }

    [Test]
    public async Task Student_count_mismatch_compares_enrollment_rows_with_the_profiles_students_total()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var guangdong = await db.CubeQuality.SingleAsync(q => q.RegionCode == "44" && q.SchoolType == "all" && q.AcademicYear == CubeFixture.Year);
        var technical = await db.CubeQuality.SingleAsync(q => q.RegionCode == "4401" && q.SchoolType == "technical" && q.AcademicYear == CubeFixture.Year);
        Assert.That(guangdong.StudentCountMismatch, Is.True, "12 enrollment rows against 1,500 in the profiles");
        Assert.That(technical.StudentCountMismatch, Is.Null, "no profile");
        Assert.That((await SchoolAsync("4400000001")).StudentCountMismatch, Is.True);
    }

    [Test]
    public async Task Destination_groups_have_a_row_each_zero_included_and_shares_of_the_cells_graduates()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var nation = await db.CubeDestinations.Where(d => d.RegionCode == "CN" && d.SchoolType == "all" && d.AcademicYear == CubeFixture.Year)
            .ToDictionaryAsync(d => d.DestinationGroup);
        Assert.That(nation.Keys, Is.EquivalentTo(DestinationRef.ReportGroups));
        var expected = new Dictionary<string, int>
        {
            ["employed_agreement"] = 1,
            ["employed_contract"] = 1,
            ["employed_other"] = 2,
            ["employed_project"] = 0,
            ["self_employed"] = 1,
            ["freelance"] = 0,
            ["further_study"] = 1,
            ["abroad"] = 1,
            ["awaiting"] = 2,
            ["not_seeking"] = 0,
        };
        Assert.That(nation.ToDictionary(d => d.Key, d => d.Value.Graduates), Is.EquivalentTo(expected));
        Assert.That(nation.Values.Select(d => d.TotalGraduates).Distinct(), Is.EqualTo(new[] { 9 }));
        Assert.That(nation["awaiting"].GraduateShare, Is.EqualTo(2.0 / 9).Within(_tolerance));
        Assert.That(await db.CubeDestinations.AnyAsync(d => d.SchoolType == "technical"), Is.False, "technical schools have no graduates");
        Assert.That(await db.CubeDestinations.CountAsync(d => d.RegionCode == "4403" && d.SchoolType == "secondary"), Is.EqualTo(10));
    }

    [Test]
    public async Task Priority_coverage_spreads_enrollment_by_the_crosswalk_over_the_regions_own_flags()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var guangdong = await db.CubePriorityCoverage.Where(p => p.RegionCode == "44" && p.AcademicYear == CubeFixture.Year).ToDictionaryAsync(p => p.Priority);
        Assert.That(guangdong.Keys, Is.EquivalentTo(new[] { "key", "strategic_emerging", "future" }));
        Assert.That(guangdong["strategic_emerging"].Students, Is.EqualTo(6 * 0.7).Within(_tolerance), "I is strategic emerging: 510203 → I 0.7");
        Assert.That(guangdong["strategic_emerging"].Share, Is.EqualTo(4.2 / 12).Within(_tolerance));
        Assert.That(guangdong["key"].Students, Is.Zero);
        Assert.That(await db.CubePriorityCoverage.AnyAsync(p => p.RegionCode == "CN" || p.RegionCode == "east"), Is.False, "no national file, no national flags");
        Assert.That(await db.CubePriorityCoverage.AnyAsync(p => p.RegionCode == "4401"), Is.False, "no prefecture file");
    }

    [Test]
    public async Task Submission_status_is_loaded_quarantined_or_pending_and_late_by_the_first_receipt()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var rows = await db.CubeSubmissionStatuses.ToListAsync();
        var status = rows.ToDictionary(r => (r.SchoolCode, r.AcademicYear, r.SubmissionKind));
        Assert.That(rows.Select(r => r.SchoolCode).Distinct(), Is.EquivalentTo(new[] { "4400000001", "4400000002", "4500000003" }), "S4 has no profile: not expected");
        Assert.That(rows.Select(r => r.AcademicYear).Distinct(), Is.EquivalentTo(new[] { 2024, 2025 }), "a 2024 profile makes a school expected in 2025 too");

        var s1Enrollment = status[("4400000001", 2024, "enrollment")];
        Assert.That((s1Enrollment.Status, s1Enrollment.IsLate, s1Enrollment.Versions, s1Enrollment.DeadlineDate, s1Enrollment.RowsRead),
            Is.EqualTo(("loaded", (bool?)true, 2, new DateOnly(2024, 10, 31), 6)), "first received 2025-03-01, after 2024-10-31; the correction's rows");
        Assert.That(s1Enrollment.FirstReceivedAt, Is.EqualTo(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)), "a correction never makes a school late");
        var s1Graduates = status[("4400000001", 2024, "graduate_destination")];
        Assert.That((s1Graduates.Status, s1Graduates.IsLate, s1Graduates.DeadlineDate), Is.EqualTo(("loaded", (bool?)false, new DateOnly(2025, 12, 31))));
        var s3Next = status[("4500000003", 2025, "enrollment")];
        Assert.That((s3Next.Status, s3Next.QuarantinedFiles, s3Next.IsLate), Is.EqualTo(("quarantined", 1, (bool?)false)));
        var s2Next = status[("4400000002", 2025, "school_profile")];
        Assert.That((s2Next.Status, s2Next.IsLate, s2Next.FirstReceivedAt, s2Next.SubmissionId), Is.EqualTo(("pending", (bool?)null, (DateTime?)null, (long?)null)));
        Assert.That(s2Next.PrefectureCode, Is.EqualTo("4403"));
    }

    [Test]
    public async Task Coverage_counts_the_expected_schools_of_each_region_and_kind()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var guangdong = await db.CubeSubmissionCoverage.SingleAsync(c => c.RegionCode == "44" && c.AcademicYear == 2024 && c.SubmissionKind == "enrollment");
        Assert.That((guangdong.RegionLevel, guangdong.SchoolsExpected, guangdong.SchoolsSubmitted, guangdong.SchoolsOnTime, guangdong.SchoolsLate, guangdong.SchoolsMissing),
            Is.EqualTo(("province", 2, 2, 0, 2, 0)));
        var nextYear = await db.CubeSubmissionCoverage.SingleAsync(c => c.RegionCode == "CN" && c.AcademicYear == 2025 && c.SubmissionKind == "enrollment");
        Assert.That((nextYear.SchoolsExpected, nextYear.SchoolsPending, nextYear.SchoolsQuarantined, nextYear.SchoolsSubmitted), Is.EqualTo((3, 2, 1, 0)));
        Assert.That(await db.CubeSubmissionCoverage.Select(c => c.RegionLevel).Distinct().ToListAsync(),
            Is.EquivalentTo(new[] { "nation", "economic_region", "province", "prefecture" }));
    }

    [Test]
    public async Task Regional_industry_is_expected_of_the_nation_and_every_province()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var rows = await db.CubeSubmissionStatusRegions.Where(r => r.Year == 2024).ToListAsync();
        Assert.That(rows.Where(r => r.IsExpected).Select(r => r.RegionCode).ToList(), Has.Count.EqualTo(32).And.Contains("CN"));
        Assert.That(rows.Single(r => r.RegionCode == "44").Status, Is.EqualTo("loaded"));
        Assert.That(rows.Single(r => r.RegionCode == "CN").Status, Is.EqualTo("pending"), "2024's file is due on 2025-06-30");
        Assert.That(rows.Single(r => r.RegionCode == "44").IsLate, Is.False);
    }

    [Test]
    public async Task After_the_deadline_nothing_received_is_missing_and_every_refresh_rebuilds_the_status()
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, _temp, "deadline.db");
        await new CubeRefresher(options, new StoppedClock(_june2025)).RefreshAsync(full: true, CancellationToken.None);
        var incremental = await new CubeRefresher(options, new StoppedClock(new DateTimeOffset(2025, 10, 31, 16, 0, 0, TimeSpan.Zero))).RefreshAsync(full: false, CancellationToken.None);
        await using var db = WarehouseDbContextFactory.Create(options);
        var profile = await db.CubeSubmissionStatuses.SingleAsync(s => s.SchoolCode == "4400000002" && s.AcademicYear == 2025 && s.SubmissionKind == "school_profile");
        Assert.That((incremental.Mode, incremental.PartitionsTouched, profile.Status), Is.EqualTo(("incremental", 0, "missing")), "2025-10-31 23:59:59 Beijing time has passed");
    }

    [Test]
    public async Task A_receipt_at_the_last_second_of_the_deadline_day_in_Beijing_is_on_time()
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, _temp, "boundary.db");
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            foreach (var (school, at) in new[] { ("4400000001", new DateTime(2024, 10, 31, 15, 59, 59, DateTimeKind.Utc)), ("4400000002", new DateTime(2024, 10, 31, 16, 0, 0, DateTimeKind.Utc)) })
            {
                await db.EtlSubmissions.Where(s => s.SubmitterCode == school && s.Kind == "school_profile").ExecuteUpdateAsync(u => u.SetProperty(s => s.ReceivedAt, at));
            }
        }

        await new CubeRefresher(options, new StoppedClock(_june2025)).RefreshAsync(full: true, CancellationToken.None);
        await using var check = WarehouseDbContextFactory.Create(options);
        var late = await check.CubeSubmissionStatuses.Where(s => s.AcademicYear == 2024 && s.SubmissionKind == "school_profile" && s.SchoolCode != "4500000003")
            .ToDictionaryAsync(s => s.SchoolCode, s => s.IsLate);
        Assert.That(late, Is.EquivalentTo(new Dictionary<string, bool?> { ["4400000001"] = false, ["4400000002"] = true }), "23:59:59 on time, 00:00:00 the next day late");
    }

    private async Task<CubeQualitySchool> SchoolAsync(string code)
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        return await db.CubeQualitySchools.SingleAsync(s => s.SchoolCode == code && s.AcademicYear == CubeFixture.Year);
    }
}
