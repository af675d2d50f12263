using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Cubes.Tests.Refresh;

/// <summary>
/// An alignment case from published shares. 岳昌君、周丽萍《适应经济发展水平的高等教育结构调整——中美比较的视角》,
/// 山东高等教育 2017年第5期, give China's three-sector structure of value added in 2012 as 9.5 : 45.0 : 45.5 and of
/// employment in 2014 as 29.5 : 29.9 : 40.6 (per cent). Fed through the warehouse as supply (students of categories
/// 41 → A, 46 → C, 52 → Q, i.e. one section per sector, 295 : 299 : 406) against demand (value added of A, C, Q),
/// the cubes must give the mismatch of those two published structures: MI = ½(|29.5 − 9.5| + |29.9 − 45.0| + |40.6 − 45.5|)% = 0.200,
/// the structural deviation of the primary sector 29.5 / 9.5 − 1 = 2.105, and the Moore angle ≈ 23.2°.
/// The paper reports the shares, not these indices: the expected values are computed by hand from its shares.
/// </summary>
public sealed class CubePublishedStudyTests
{
    [Test]
    public async Task Mismatch_deviation_and_moore_angle_of_chinas_employment_against_value_added_structure()
    {
        using var temp = new TempDirectory();
        var options = await CubeFixture.CreateAsync(WarehouseProvider.Sqlite, temp);
        await using (var db = WarehouseDbContextFactory.Create(options))
        {
            var k = await CubeFixture.Keys.ReadAsync(db);
            var higher = await CubeFixture.AddSchoolAsync(db, "1100000001", "北京职业技术学院", "associate", "110105", k);
            var secondary = await CubeFixture.AddSchoolAsync(db, "1100000002", "北京卫生学校", "secondary", "110105", k);
            var e1 = CubeFixture.Submission(db, "enrollment", higher.SchoolCode, CubeFixture.Year);
            var e2 = CubeFixture.Submission(db, "enrollment", secondary.SchoolCode, CubeFixture.Year);
            var r = CubeFixture.Submission(db, "regional_industry", "11", CubeFixture.Year);
            await db.SaveChangesAsync();
            CubeFixture.AddStudents(db, e1, higher, k.Major["410101"], 295, dropped: 0);
            CubeFixture.AddStudents(db, e1, higher, k.Major["460103"], 299, dropped: 0);
            CubeFixture.AddStudents(db, e2, secondary, k.Major["720201"], 406, dropped: 0);
            CubeFixture.AddIndustry(db, r, k, "11", ("A", 9.5m, 29.5m, "none"), ("C", 45.0m, 29.9m, "none"), ("Q", 45.5m, 40.6m, "none"));
            await db.SaveChangesAsync();
        }

        await new CubeRefresher(options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);

        await using var read = WarehouseDbContextFactory.Create(options);
        var row = await read.CubeAlignment.SingleAsync(a => a.RegionCode == "11" && a.SupplyBasis == "enrollment" && a.DemandBasis == "value_added");
        var a = await read.CubeAlignmentSections.SingleAsync(s => s.RegionCode == "11" && s.SupplyBasis == "enrollment" && s.DemandBasis == "value_added" && s.IndustrySection == "A");
        var employment = await read.CubeAlignment.SingleAsync(x => x.RegionCode == "11" && x.SupplyBasis == "enrollment" && x.DemandBasis == "employment");
        Assert.Multiple(() =>
        {
            Assert.That(row.MismatchIndex, Is.EqualTo(0.200).Within(1e-12));
            Assert.That(row.MatchDegree, Is.EqualTo(0.800).Within(1e-12));
            Assert.That(a.StructuralDeviation, Is.EqualTo((29.5 / 9.5) - 1).Within(1e-12));
            Assert.That(row.MooreAngleDeg, Is.EqualTo(23.2).Within(0.05));
            Assert.That(row.SectorMismatchIndex, Is.EqualTo(0.200).Within(1e-12), "one section per sector");
            Assert.That(employment.MismatchIndex, Is.EqualTo(0.0).Within(1e-12), "supply built from the employment shares matches them exactly");
            Assert.That(employment.MooreAngleDeg, Is.EqualTo(0.0).Within(1e-5));
        });
    }
}
