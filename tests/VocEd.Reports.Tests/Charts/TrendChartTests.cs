using VocEd.Reports.Charts;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Tests.Charts;

public sealed class TrendChartTests
{
    private static readonly TrendChartModel _model = new(
        "广东省 主要指标趋势",
        [2022, 2023, 2024],
        [new("毕业去向落实率", [0.912, null, 0.875]), new("升学率", [0.213, 0.244, 0.255])],
        ValueFormat.Percent);

    [Test]
    public void The_png_is_not_blank()
    {
        var chart = TrendChart.Render(_model);
        Assert.That(ChartImages.Size(chart.Png), Is.EqualTo((TrendChart.Width, TrendChart.Height)));
        Assert.That(ChartImages.GreyDeviation(chart.Png), Is.GreaterThan(5));
    }

    [Test]
    public void The_svg_labels_years_series_and_every_point_with_its_value()
    {
        var texts = ChartImages.Texts(TrendChart.Render(_model).Svg);
        Assert.That(texts, Does.Contain("2022").And.Contain("2023").And.Contain("2024").And.Contain("学年"));
        Assert.That(texts, Does.Contain("毕业去向落实率").And.Contain("升学率").And.Contain("广东省 主要指标趋势"));
        Assert.That(texts, Does.Contain("91.2%").And.Contain("87.5%").And.Contain("21.3%").And.Contain("24.4%").And.Contain("25.5%"));
    }

    [Test]
    public void A_missing_year_is_marked_with_a_dash()
    {
        var texts = ChartImages.Texts(TrendChart.Render(_model).Svg);
        Assert.That(texts.Count(t => t == "—"), Is.EqualTo(1));
    }

    [Test]
    public void Text_from_data_stays_text_in_the_svg()
    {
        var svg = TrendChart.Render(_model with { Title = "深圳<b>&\"市\"</b>" }).Svg;
        Assert.That(svg, Does.Not.Contain("<b>"));
        Assert.That(ChartImages.Texts(svg), Does.Contain("深圳<b>&\"市\"</b>"), "escaped in the XML, read back as the same text");
    }
}
