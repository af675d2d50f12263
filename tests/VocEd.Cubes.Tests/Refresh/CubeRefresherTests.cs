using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>Every indicator of the four cubes against a hand computation on <see cref="CubeFixture"/> (SQLite, full refresh).</summary>
public sealed class CubeRefresherTests
{
    private const double _tolerance = 1e-12;
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private WarehouseOptions _options = null!; // Assigned in OneTimeSetUp.
    private CubeRefreshReport _report = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task RefreshOnceAsync()
    {
        _temp = new TempDirectory();
        _options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        _report = await new CubeRefresher(_options, TimeProvider.System).RefreshAsync(full: false, CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public async Task The_first_refresh_is_full_and_is_logged()
    {
        Assert.That(_report.Mode, Is.EqualTo("full"));
        Assert.That(_report.AcademicYears, Is.EqualTo(new[] { 2024 }));
        await using var db = WarehouseDbContextFactory.Create(_options);
        var log = await db.CubeRefreshLogs.SingleAsync();
        Assert.That((log.Mode, log.RowsWritten, log.PartitionsTouched), Is.EqualTo(("full", _report.RowsWritten, 4)));
        Assert.That(log.FinishedAt, Is.GreaterThanOrEqualTo(log.StartedAt));
    }

    [Test]
    public async Task Province_quality_counts_schools_with_a_profile_students_and_graduates_of_the_next_year()
    {
        var row = await QualityAsync("44", "all");
        Assert.That((row.RegionLevel, row.Schools, row.Students, row.Graduates, row.Employed), Is.EqualTo(("province", 2, 12, 8, 5)));
    }

    [Test]
    public async Task Graduate_rates_divide_by_graduates_and_by_employed()
    {
        var row = await QualityAsync("44", "all");
        Assert.Multiple(() =>
        {
            Assert.That(row.PlacementRate, Is.EqualTo(7.0 / 8).Within(_tolerance), "placed: 10 11 75 80 85 12 12");
            Assert.That(row.FurtherStudyRate, Is.EqualTo(1.0 / 8).Within(_tolerance));
            Assert.That(row.EntrepreneurshipRate, Is.EqualTo(1.0 / 8).Within(_tolerance));
            Assert.That(row.RelatedRate, Is.EqualTo(4.0 / 5).Within(_tolerance));
            Assert.That(row.LocalEmploymentRate, Is.EqualTo(4.0 / 5).Within(_tolerance), "南宁 is outside 44");
            Assert.That(row.LocalCityEmploymentRate, Is.EqualTo(2.0 / 5).Within(_tolerance), "S1→广州 and S2→深圳 only");
            Assert.That(row.DropoutRate, Is.EqualTo(1.0 / 12).Within(_tolerance));
        });
    }

    [Test]
    public async Task Mean_and_median_salary_are_over_employed_graduates_with_the_middle_value_for_an_odd_count()
    {
        var row = await QualityAsync("44", "all");
        Assert.That(row.MeanMonthlySalary, Is.EqualTo(21500.0 / 5).Within(_tolerance));
        Assert.That(row.MedianMonthlySalary, Is.EqualTo(4000).Within(_tolerance), "3000 3500 4000 5000 6000");
    }

    [Test]
    public async Task Medians_of_the_economic_region_and_the_nation_roll_up_from_the_provinces_histograms()
    {
        // 广西's only graduate is not employed: east and the nation hold 广东's five salaries; 广东's associate schools three.
        Assert.That((await QualityAsync("east", "all")).MedianMonthlySalary, Is.EqualTo(4000).Within(_tolerance));
        Assert.That((await QualityAsync("CN", "all")).MedianMonthlySalary, Is.EqualTo(4000).Within(_tolerance));
        Assert.That((await QualityAsync("CN", "associate")).MedianMonthlySalary, Is.EqualTo(5000).Within(_tolerance), "4000 5000 6000");
        Assert.That((await QualityAsync("CN", "secondary")).MedianMonthlySalary, Is.EqualTo(3250).Within(_tolerance));
    }

    [Test]
    public async Task Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        var row = await QualityAsync("4403", "secondary");
        Assert.That(row.MedianMonthlySalary, Is.EqualTo(3250).Within(_tolerance));
    }

    [Test]
    public async Task Ratios_over_schools_are_ratios_of_sums_not_means_of_school_ratios()
    {
        var row = await QualityAsync("44", "all");
        Assert.Multiple(() =>
        {
            Assert.That(row.StudentTeacherRatio, Is.EqualTo(1500.0 / (90 + (0.5 * 20))).Within(_tolerance), "the mean of school ratios would be 14.58");
            Assert.That(row.DualQualifiedShare, Is.EqualTo(40.0 / 90).Within(_tolerance));
            Assert.That(row.EquipmentPerStudent, Is.EqualTo(6_000_000.0 / 1500).Within(_tolerance));
        });
    }

    [Test]
    public async Task Students_reported_sums_the_profiles_and_the_mismatch_flag_marks_counts_that_part_by_more_than_a_tenth()
    {
        var province = await QualityAsync("44", "all");
        Assert.That((province.Students, province.StudentsReported, province.StudentCountMismatch), Is.EqualTo((12, (int?)1500, (bool?)true)), "12 enrollment rows against 1,500 in the profiles");
        await using var db = WarehouseDbContextFactory.Create(_options);
        var withoutProfile = await db.CubeQuality.Where(q => q.StudentsReported == null).ToListAsync();
        Assert.That(withoutProfile, Is.Not.Empty, "a school type with enrollment and no profile");
        Assert.That(withoutProfile.Select(q => q.StudentCountMismatch), Is.All.Null, "no profile, no ratio to doubt");
    }

    [TestCase(13, false)]
    [TestCase(14, true)]
    public async Task The_mismatch_flag_is_set_beyond_ten_percent_of_the_reported_count(int reported, bool differ)
    {
        using var temp = new TempDirectory();
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, temp);
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            // Province 44's two profiles: 1,000 and 500 reported against 12 enrollment rows; now `reported` in all.
            var profiles = await db.FactSchoolResources.Where(f => f.StudentsTotal >= 500).OrderByDescending(f => f.StudentsTotal).ToListAsync();
            (profiles[0].StudentsTotal, profiles[1].StudentsTotal) = (reported - 6, 6);
            await db.SaveChangesAsync();
        }

        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        await using var check = WarehouseDbContextFactory.Create(options);
        var row = await check.CubeQuality.SingleAsync(q => q.RegionCode == "44" && q.AcademicYear == 2024 && q.SchoolType == "all");
        Assert.That((row.Students, row.StudentsReported, row.StudentCountMismatch), Is.EqualTo((12, (int?)reported, (bool?)differ)));
    }

    [Test]
    public async Task A_zero_denominator_gives_null_and_a_zero_numerator_gives_zero()
    {
        var row = await QualityAsync("4501", "associate");
        Assert.Multiple(() =>
        {
            Assert.That(row.PlacementRate, Is.EqualTo(0.0), "1 graduate, not placed");
            Assert.That(row.RelatedRate, Is.Null, "no employed graduates");
            Assert.That(row.LocalEmploymentRate, Is.Null);
            Assert.That(row.MeanMonthlySalary, Is.Null);
            Assert.That(row.MedianMonthlySalary, Is.Null);
            Assert.That(row.StudentTeacherRatio, Is.Null, "no teachers");
            Assert.That(row.DualQualifiedShare, Is.Null);
            Assert.That(row.EquipmentPerStudent, Is.EqualTo(0.0));
            Assert.That(row.DropoutRate, Is.EqualTo(2.0 / 5).Within(_tolerance));
        });
    }

    [Test]
    public async Task Rows_exist_for_every_region_level_and_school_type_with_data_and_no_others()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var keys = await db.CubeQuality.Select(q => q.RegionCode + "/" + q.SchoolType).ToListAsync();
        Assert.That(keys, Is.EquivalentTo(new[]
        {
            "CN/all", "CN/associate", "CN/secondary", "CN/technical",
            "east/all", "east/associate", "east/secondary", "east/technical", "west/all", "west/associate",
            "44/all", "44/associate", "44/secondary", "44/technical", "45/all", "45/associate",
            "4401/all", "4401/associate", "4401/technical", "4403/all", "4403/secondary", "4501/all", "4501/associate",
        }));
        var nation = await QualityAsync("CN", "all");
        Assert.That((nation.Schools, nation.Students, nation.Graduates), Is.EqualTo((3, 17, 9)));
        Assert.That(nation.StudentTeacherRatio, Is.EqualTo(1800.0 / 100).Within(_tolerance));
        var technical = await QualityAsync("4401", "technical");
        Assert.That((technical.Schools, technical.Students, technical.PlacementRate, technical.DropoutRate), Is.EqualTo((0, 2, (double?)null, (double?)0.0)));
    }

    [Test]
    public async Task Alignment_spreads_enrollment_over_sections_by_the_crosswalk_weights()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var sections = await db.CubeAlignmentSections
            .Where(s => s.RegionCode == "44" && s.SupplyBasis == "enrollment" && s.DemandBasis == "value_added")
            .ToDictionaryAsync(s => s.IndustrySection);
        Assert.That(sections, Has.Count.EqualTo(20));
        Assert.Multiple(() =>
        {
            Assert.That(sections["I"].Supply, Is.EqualTo(6 * 0.7).Within(_tolerance), "510203 → I 0.7");
            Assert.That(sections["C"].Supply, Is.EqualTo((6 * 0.3) + 2).Within(_tolerance), "510203 → C 0.3, technical 机械类 → C 1.0");
            Assert.That(sections["Q"].Supply, Is.EqualTo(4).Within(_tolerance));
            Assert.That(sections["C"].SupplyShare, Is.EqualTo(3.8 / 12).Within(_tolerance));
            Assert.That(sections["C"].DemandShare, Is.EqualTo(100.0 / 200).Within(_tolerance));
            Assert.That(sections["Q"].StructuralDeviation, Is.EqualTo((4.0 / 12 / (30.0 / 200)) - 1).Within(_tolerance));
            Assert.That(sections["F"].StructuralDeviation, Is.EqualTo(-1.0).Within(_tolerance), "no supply in F");
            Assert.That(sections["A"].StructuralDeviation, Is.Null, "no demand in A");
        });
    }

    [Test]
    public async Task Mismatch_index_match_degree_moore_angle_and_sector_mismatch_follow_their_formulas()
    {
        double[] e = [3.8 / 12, 4.2 / 12, 4.0 / 12, 0];
        double[] d = [0.5, 0.25, 0.15, 0.1];
        var mismatch = 0.5 * e.Zip(d, (x, y) => Math.Abs(x - y)).Sum();
        var angle = Math.Acos(e.Zip(d, (x, y) => x * y).Sum() / (Math.Sqrt(e.Sum(x => x * x)) * Math.Sqrt(d.Sum(x => x * x)))) * 180 / Math.PI;
        var sector = 0.5 * (Math.Abs(e[0] - d[0]) + Math.Abs(e[1] + e[2] + e[3] - (d[1] + d[2] + d[3])));

        var row = await AlignmentAsync("44", "enrollment", "value_added");
        Assert.Multiple(() =>
        {
            Assert.That(row.MismatchIndex, Is.EqualTo(mismatch).Within(_tolerance));
            Assert.That(row.MatchDegree, Is.EqualTo(1 - mismatch).Within(_tolerance));
            Assert.That(row.MooreAngleDeg, Is.EqualTo(angle).Within(1e-9));
            Assert.That(row.SectionsCompared, Is.EqualTo(4));
            Assert.That(row.SectorMismatchIndex, Is.EqualTo(sector).Within(_tolerance));
            Assert.That(row.SupplyTotal, Is.EqualTo(12.0).Within(_tolerance));
            Assert.That(row.DemandTotal, Is.EqualTo(200.0).Within(_tolerance));
        });
    }

    [Test]
    public async Task Graduates_basis_counts_graduates_of_the_next_year_and_employment_basis_uses_employment()
    {
        var row = await AlignmentAsync("44", "graduates", "employment");
        Assert.That(row.SupplyTotal, Is.EqualTo(8.0).Within(_tolerance));
        Assert.That(row.DemandTotal, Is.EqualTo(20.0).Within(_tolerance));
    }

    [Test]
    public async Task The_nation_without_a_national_file_sums_the_provinces_and_location_quotients_compare_with_it()
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        var nation = await AlignmentAsync("CN", "enrollment", "value_added");
        Assert.That(nation.SupplyTotal, Is.EqualTo(17.0).Within(_tolerance));
        Assert.That(nation.DemandTotal, Is.EqualTo(300.0).Within(_tolerance));
        var c44 = await db.CubeAlignmentSections.SingleAsync(s => s.RegionCode == "44" && s.Year == 2024 && s.SupplyBasis == "enrollment" && s.DemandBasis == "value_added" && s.IndustrySection == "C");
        var nationC = ((6 * 0.3) + 2 + (5 * 0.3)) / 17;
        Assert.That(c44.LocationQuotientSupply, Is.EqualTo(3.8 / 12 / nationC).Within(_tolerance));
        Assert.That(c44.LocationQuotientDemand, Is.EqualTo(0.5 / (140.0 / 300)).Within(_tolerance));
        var east = await AlignmentAsync("east", "enrollment", "value_added");
        Assert.That(east.DemandTotal, Is.EqualTo(200.0), "east holds 44 only in the fixture");
        Assert.That(await db.CubeAlignment.CountAsync(a => a.RegionLevel == "prefecture"), Is.Zero, "no prefecture submitted demand");
    }

    [Test]
    public async Task Graduate_fit_rates_are_over_employed_graduates_of_the_category()
    {
        var row = await FitAsync("44", "51");
        Assert.Multiple(() =>
        {
            Assert.That((row.RegionLevel, row.Graduates, row.Employed), Is.EqualTo(("province", 6, 3)));
            Assert.That(row.IndustryMatchRate, Is.EqualTo(2.0 / 3).Within(_tolerance), "I and C are mapped from 51, H is not");
            Assert.That(row.LocalEmploymentRate, Is.EqualTo(2.0 / 3).Within(_tolerance));
            Assert.That(row.PriorityIndustryRate, Is.EqualTo(1.0 / 3).Within(_tolerance), "I is strategic_emerging in 44");
        });
        var nursing = await FitAsync("44", "52");
        Assert.That((nursing.IndustryMatchRate, nursing.LocalEmploymentRate, nursing.PriorityIndustryRate), Is.EqualTo(((double?)1.0, (double?)1.0, (double?)0.0)));
        var nanning = await FitAsync("45", "51");
        Assert.That((nanning.Graduates, nanning.Employed, nanning.IndustryMatchRate), Is.EqualTo((1, 0, (double?)null)));
    }

    private async Task<CubeQuality> QualityAsync(string region, string type)
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        return await db.CubeQuality.SingleAsync(q => q.RegionCode == region && q.AcademicYear == 2024 && q.SchoolType == type);
    }

    private async Task<CubeAlignment> AlignmentAsync(string region, string supply, string demand)
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        return await db.CubeAlignment.SingleAsync(a => a.RegionCode == region && a.Year == 2024 && a.SupplyBasis == supply && a.DemandBasis == demand);
    }

    private async Task<CubeGraduateFit> FitAsync(string region, string category)
    {
        await using var db = WarehouseDbContextFactory.Create(_options);
        return await db.CubeGraduateFit.SingleAsync(f => f.RegionCode == region && f.GraduationYear == 2025 && f.MajorCategoryCode == category);
    }
}
