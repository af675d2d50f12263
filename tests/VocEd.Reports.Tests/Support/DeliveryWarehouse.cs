using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// A small warehouse with data in every province (academic year 2024): per province one associate school in its first
/// county with a few students and graduates, a profile and the province's regional_industry file, so both reports
/// render for each of the 31 provinces. Cubes refreshed in full; the secure store is migrated beside it.
/// </summary>
internal static class DeliveryWarehouse
{
    public const int Year = CubeFixture.Year;

    public static async Task<WarehouseOptions> BuildAsync(WarehouseProvider provider, TempDirectory temp)
    {
        var options = await CubeFixture.CreateAsync(provider, temp, "delivery.db");
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var k = await CubeFixture.Keys.ReadAsync(db);
            var counties = await db.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "county").Select(r => r.RegionCode).ToListAsync();
            var provinces = await db.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "province").Select(r => r.RegionCode).OrderBy(c => c).ToListAsync();
            var software = k.Major["510203"];
            for (var i = 0; i < provinces.Count; i++)
            {
                var province = provinces[i];
                var county = counties.Where(c => c.StartsWith(province, StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
                var school = await CubeFixture.AddSchoolAsync(db, $"{province}{i + 1:D8}", $"{province}职业技术学院", "associate", county, k);
                var e = CubeFixture.Submission(db, "enrollment", school.SchoolCode, Year);
                var g = CubeFixture.Submission(db, "graduate_destination", school.SchoolCode, CubeFixture.GraduationYear);
                var p = CubeFixture.Submission(db, "school_profile", school.SchoolCode, Year);
                var r = CubeFixture.Submission(db, "regional_industry", province, Year);
                await db.SaveChangesAsync();
                CubeFixture.AddStudents(db, e, school, software, 6 + i, dropped: i % 2);
                for (var j = 0; j < 5 + (i % 3); j++)
                {
                    CubeFixture.AddGraduate(db, g, school, software, k, j % 4 == 3 ? "70" : "10", "I", county, 4000m + (100 * j), related: true);
                }

                CubeFixture.AddProfile(db, p, school, 800 + i, 40, 10, 20, 3_000_000m);
                CubeFixture.AddIndustry(db, r, k, province, ("C", 100m + i, 10m, "none"), ("I", 50m, 2m, "strategic_emerging"), ("Q", 30m, 3m, "none"));
                await db.SaveChangesAsync();
            }
        }

        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        return options;
    }
}
