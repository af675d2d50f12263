using VocEd.Reports.Charts;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Tests.Charts;

public sealed class ProvinceTileMapTests
{
    private static readonly ProvinceTileMapModel _model = new(
        "2024学年各省",
        "毕业去向落实率",
        ValueFormat.Percent,
        [
            new("11", "北京市", 0.95),
            new("44", "广东省", 0.875),
            new("45", "广西壮族自治区", 0.80),
            new("65", "新疆维吾尔自治区", null, Suppressed: true),
        ]);

    [Test]
    public void The_png_is_not_blank()
    {
        var chart = ProvinceTileMap.Render(_model);
        Assert.That(ChartImages.Size(chart.Png), Is.EqualTo((ProvinceTileMap.Width, ProvinceTileMap.Height)));
        Assert.That(ChartImages.GreyDeviation(chart.Png), Is.GreaterThan(10));
    }

    [Test]
    public void Every_one_of_the_31_tiles_is_labelled_with_its_short_name()
    {
        var texts = ChartImages.Texts(ProvinceTileMap.Render(_model).Svg);
        foreach (var name in new[] { "北京", "广东", "广西", "新疆", "内蒙古", "黑龙江", "西藏", "宁夏", "海南", "上海" })
        {
            Assert.That(texts, Does.Contain(name));
        }

        Assert.That(texts.Count(t => t.Length is >= 2 and <= 3 && t.All(c => c > 0x4E00)), Is.EqualTo(31));
    }

    [Test]
    public void Values_are_labelled_and_provinces_without_one_show_a_dash_explained_in_the_legend()
    {
        var texts = ChartImages.Texts(ProvinceTileMap.Render(_model).Svg);
        Assert.That(texts, Does.Contain("95.0%").And.Contain("87.5%").And.Contain("80.0%"));
        Assert.That(texts.Count(t => t == "—"), Is.EqualTo(28), "27 provinces without data and one suppressed");
        Assert.That(texts, Does.Contain("— 无数据或样本不足"));
        Assert.That(texts, Does.Contain("80.0%–83.0%"), "the lowest of five equal classes between 80 % and 95 %");
        Assert.That(texts.Any(t => t.Contains("毕业去向落实率", StringComparison.Ordinal)));
    }
}
