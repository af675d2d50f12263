using VocEd.Reports.Charts;

namespace VocEd.Reports.Tests.Charts;

public sealed class LocationQuotientChartTests
{
    private static readonly LocationQuotientChartModel _model = new(
        "广东省 区位熵（2024学年）",
        [new("C", "制造业", 1.25, 0.8), new("I", "信息传输、软件和信息技术服务业", 0.6, 1.7), new("T", "国际组织", null, null)]);

    [Test]
    public void The_png_is_not_blank()
    {
        Assert.That(ChartImages.GreyDeviation(LocationQuotientChart.Render(_model).Png), Is.GreaterThan(5));
    }

    [Test]
    public void The_svg_labels_each_point_with_its_section_and_names_the_axes_in_chinese()
    {
        var texts = ChartImages.Texts(LocationQuotientChart.Render(_model).Svg);
        Assert.That(texts, Does.Contain("C").And.Contain("I"));
        Assert.That(texts, Does.Contain("供给区位熵 LQ（在校生）").And.Contain("需求区位熵 LQ（产业）").And.Contain("广东省 区位熵（2024学年）"));
    }

    [Test]
    public void Sections_without_quotients_are_listed_as_missing_not_drawn()
    {
        var texts = ChartImages.Texts(LocationQuotientChart.Render(_model).Svg);
        Assert.That(texts, Does.Contain("— 无区位熵：T"));
        Assert.That(texts, Does.Not.Contain("T"));
    }
}
