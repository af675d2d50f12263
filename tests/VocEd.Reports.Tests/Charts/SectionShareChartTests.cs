using VocEd.Reports.Charts;

namespace VocEd.Reports.Tests.Charts;

public sealed class SectionShareChartTests
{
    private static readonly SectionShareChartModel _model = new(
        "广东省 在校生与产业增加值的行业结构（2024学年）",
        "在校生占比",
        "增加值占比",
        [
            new("A", "农、林、牧、渔业", 0.053, 0.102),
            new("C", "制造业", 0.311, 0.487),
            new("I", "信息传输、软件和信息技术服务业", 0.636, 0.261),
            new("T", "国际组织", null, 0.149),
        ]);

    [Test]
    public void The_png_is_drawn_at_its_size_and_is_not_blank()
    {
        var chart = SectionShareChart.Render(_model);
        Assert.That(ChartImages.Size(chart.Png), Is.EqualTo((SectionShareChart.Width, SectionShareChart.Height)));
        Assert.That(ChartImages.GreyDeviation(chart.Png), Is.GreaterThan(10));
    }

    [Test]
    public void The_svg_holds_the_sections_legend_and_each_bars_percentage_in_chinese()
    {
        var texts = ChartImages.Texts(SectionShareChart.Render(_model).Svg);
        Assert.That(texts, Does.Contain("C 制造业").And.Contain("I 信息传输、软件和信息技术服务业").And.Contain("T 国际组织"));
        Assert.That(texts, Does.Contain("在校生占比").And.Contain("增加值占比"));
        Assert.That(texts, Does.Contain("63.6%").And.Contain("26.1%").And.Contain("31.1%").And.Contain("48.7%"));
        Assert.That(texts.Any(t => t.StartsWith("广东省 在校生与产业增加值", StringComparison.Ordinal)));
    }

    [Test]
    public void A_missing_share_draws_a_dash_instead_of_a_bar()
    {
        var texts = ChartImages.Texts(SectionShareChart.Render(_model).Svg);
        Assert.That(texts.Count(t => t == "—"), Is.EqualTo(1), "T's supply share");
        string[] bars = ["5.3%", "10.2%", "31.1%", "48.7%", "63.6%", "26.1%", "14.9%"];
        Assert.That(texts.Count(bars.Contains), Is.EqualTo(7), "one label per drawn bar, none for the missing one");
    }

    [Test]
    public void Chinese_is_drawn_as_glyphs_not_as_boxes()
    {
        // Without a CJK font every Chinese character is the same box, so two titles of different characters of
        // equal length would give identical pictures.
        var first = SectionShareChart.Render(_model with { Title = "广东省" });
        var second = SectionShareChart.Render(_model with { Title = "北京市" });
        Assert.That(ChartImages.SamePixels(first.Png, second.Png), Is.False);
    }
}
