using VocEd.Reports.Charts;
using VocEd.Testing;

namespace VocEd.Reports.Tests.Charts;

public sealed class ProvinceTileLayoutTests
{
    [Test]
    public void The_grid_places_exactly_the_provinces_of_the_reference_data_each_in_its_own_cell()
    {
        var provinces = File.ReadAllLines(Path.Combine(RepoRoot.Path, "warehouse/VocEd.Warehouse/ReferenceData/regions-provinces.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1].Trim('"'));
        Assert.That(provinces, Has.Count.EqualTo(31));
        Assert.That(ProvinceTileLayout.Tiles.Keys, Is.EquivalentTo(provinces.Keys));
        Assert.That(ProvinceTileLayout.Tiles.Values.Select(t => (t.Column, t.Row)).Distinct().Count(), Is.EqualTo(31), "no two provinces share a tile");
        Assert.That(ProvinceTileLayout.Tiles.Values.Select(t => t.ShortName), Is.EquivalentTo(provinces.Values.Select(ProvinceTileLayout.ShortName)));
        Assert.That(ProvinceTileLayout.Tiles.Values.All(t => t.Column is >= 0 and < ProvinceTileLayout.Columns && t.Row is >= 0 and < ProvinceTileLayout.Rows));
    }

    [Test]
    public void The_grid_keeps_rough_geography()
    {
        var t = ProvinceTileLayout.Tiles;
        Assert.That(t["65"].Column, Is.LessThan(t["11"].Column), "新疆 west of 北京");
        Assert.That(t["23"].Row, Is.LessThan(t["44"].Row), "黑龙江 north of 广东");
        Assert.That(t["46"].Row, Is.GreaterThan(t["44"].Row), "海南 south of 广东");
        Assert.That(t["31"].Column, Is.GreaterThan(t["51"].Column), "上海 east of 四川");
    }

    [TestCase("广西壮族自治区", "广西")]
    [TestCase("新疆维吾尔自治区", "新疆")]
    [TestCase("宁夏回族自治区", "宁夏")]
    [TestCase("内蒙古自治区", "内蒙古")]
    [TestCase("西藏自治区", "西藏")]
    [TestCase("北京市", "北京")]
    [TestCase("黑龙江省", "黑龙江")]
    public void Tiles_show_the_short_name(string name, string shortName) =>
        Assert.That(ProvinceTileLayout.ShortName(name), Is.EqualTo(shortName));
}
