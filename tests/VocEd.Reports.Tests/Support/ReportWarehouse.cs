using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// The cube fixture's warehouse (academic year 2024) plus the year before (2023, graduates of 2024) for the same schools,
/// a secondary school in 广州 (S6: 30 full-time teachers, below the per-school 60; 3 enrollment rows against 300 in its
/// profile) and a regional_industry file of prefecture 4401 for 2024, so every report renders for CN, 44 and 4401 with
/// last-year comparisons, a trend of two years, withheld small cells (4403: 2 graduates), a missed threshold (中职
/// 生均仪器设备值 in 44: 1,600,000 ÷ 800 = 2,000 元 &lt; 2,500 元) and a school list with a per-school breach. Cubes
/// refreshed in full. <see cref="SharedAsync"/> builds it once per provider for every test that only reads it.
/// </summary>
internal static class ReportWarehouse
{
    public const int Year = CubeFixture.Year;

    private static readonly ConcurrentDictionary<WarehouseProvider, Lazy<Task<WarehouseOptions>>> _shared = new();
    private static readonly ConcurrentBag<TempDirectory> _folders = [];

    /// <summary>The warehouse of <paramref name="provider"/> shared by the tests that read it and never write to it.</summary>
    public static Task<WarehouseOptions> SharedAsync(WarehouseProvider provider) =>
        _shared.GetOrAdd(provider, p => new Lazy<Task<WarehouseOptions>>(() =>
        {
            var folder = new TempDirectory("voced-report-warehouse");
            _folders.Add(folder);
            return BuildAsync(p, folder);
        })).Value;

    /// <summary>Deletes the shared warehouses' folders (at the end of the run).</summary>
    public static void DeleteShared()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    public static async Task<WarehouseOptions> BuildAsync(WarehouseProvider provider, TempDirectory temp)
    {
        var options = await CubeFixture.CreateWithFactsAsync(provider, temp, "reports.db");
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var k = await CubeFixture.Keys.ReadAsync(db);
            var schools = await db.DimSchools.ToDictionaryAsync(s => s.SchoolCode);
            var (s1, s2, s3) = (schools["4400000001"], schools["4400000002"], schools["4500000003"]);
            const int before = Year - 1;
            var e1 = CubeFixture.Submission(db, "enrollment", s1.SchoolCode, before);
            var e2 = CubeFixture.Submission(db, "enrollment", s2.SchoolCode, before);
            var e3 = CubeFixture.Submission(db, "enrollment", s3.SchoolCode, before);
            var g1 = CubeFixture.Submission(db, "graduate_destination", s1.SchoolCode, Year);
            var g2 = CubeFixture.Submission(db, "graduate_destination", s2.SchoolCode, Year);
            var g3 = CubeFixture.Submission(db, "graduate_destination", s3.SchoolCode, Year);
            var p1 = CubeFixture.Submission(db, "school_profile", s1.SchoolCode, before);
            var p2 = CubeFixture.Submission(db, "school_profile", s2.SchoolCode, before);
            var p3 = CubeFixture.Submission(db, "school_profile", s3.SchoolCode, before);
            var r44 = CubeFixture.Submission(db, "regional_industry", "44", before);
            var r45 = CubeFixture.Submission(db, "regional_industry", "45", before);
            var r4401 = CubeFixture.Submission(db, "regional_industry", "4401", Year);
            var s6 = await CubeFixture.AddSchoolAsync(db, "4400000006", "广州市轻工技术学校", "secondary", "440106", k);
            var e6 = CubeFixture.Submission(db, "enrollment", s6.SchoolCode, Year);
            var g6 = CubeFixture.Submission(db, "graduate_destination", s6.SchoolCode, Year + 1);
            var p6 = CubeFixture.Submission(db, "school_profile", s6.SchoolCode, Year);
            await db.SaveChangesAsync();
            CubeFixture.AddStudents(db, e6, s6, k.Major["720201"], 3, dropped: 0);
            CubeFixture.AddGraduate(db, g6, s6, k.Major["720201"], k, "10", "Q", "440106", 3800m, true);
            CubeFixture.AddGraduate(db, g6, s6, k.Major["720201"], k, "70");
            CubeFixture.AddProfile(db, p6, s6, 300, 30, 0, 12, 600_000m);

            var software = k.Major["510203"];
            CubeFixture.AddStudents(db, e1, s1, software, 5, dropped: 0);
            CubeFixture.AddStudents(db, e2, s2, k.Major["720201"], 3, dropped: 1);
            CubeFixture.AddStudents(db, e3, s3, software, 4, dropped: 1);
            CubeFixture.AddGraduate(db, g1, s1, software, k, "10", "I", "440106", 4800m, true);
            CubeFixture.AddGraduate(db, g1, s1, software, k, "10", "I", "440106", 5200m, true);
            CubeFixture.AddGraduate(db, g1, s1, software, k, "12", "C", "440304", 4000m, false);
            CubeFixture.AddGraduate(db, g1, s1, software, k, "80");
            CubeFixture.AddGraduate(db, g1, s1, software, k, "70");
            CubeFixture.AddGraduate(db, g1, s1, software, k, "11", "I", "450102", 4500m, true);
            CubeFixture.AddGraduate(db, g2, s2, k.Major["720201"], k, "12", "Q", "440304", 3000m, true);
            CubeFixture.AddGraduate(db, g3, s3, software, k, "10", "A", "450102", 3500m, true);
            CubeFixture.AddGraduate(db, g3, s3, software, k, "70");
            CubeFixture.AddProfile(db, p1, s1, 900, 50, 20, 28, 4_500_000m);
            CubeFixture.AddProfile(db, p2, s2, 480, 40, 0, 8, 900_000m);
            CubeFixture.AddProfile(db, p3, s3, 280, 10, 0, 2, 600_000m);
            CubeFixture.AddIndustry(db, r44, k, "44", ("C", 90m, 9m, "none"), ("I", 45m, 2m, "strategic_emerging"), ("Q", 28m, 3m, "none"), ("F", 18m, 5m, "none"));
            CubeFixture.AddIndustry(db, r45, k, "45", ("C", 38m, 4m, "none"), ("A", 42m, 10m, "key"), ("Q", 18m, 2m, "none"));
            CubeFixture.AddIndustry(db, r4401, k, "4401", ("C", 60m, 6m, "none"), ("I", 40m, 1.5m, "strategic_emerging"), ("Q", 12m, 1m, "none"));
            await db.SaveChangesAsync();
        }

        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        return options;
    }
}
