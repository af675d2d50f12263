using VocEd.Reports.Catalog;

namespace VocEd.Reports.Tests.Catalog;

public sealed class ReportCatalogTests
{
    [Test]
    public void The_catalog_publishes_two_reports_with_their_titles_and_sheets_in_order()
    {
        Assert.That(ReportCatalog.All.Select(r => (r.Id, r.Title)), Is.EqualTo(new[] { ("regional-quality", "职业教育质量报告"), ("major-industry-alignment", "专业设置与产业需求适配分析") }));
        Assert.That(ReportCatalog.Get("regional-quality").Sheets, Is.EqualTo(new[] { "概览", "分地区", "分类型", "趋势", "毕业去向", "数据质量", "说明" }));
        Assert.That(ReportCatalog.Get("major-industry-alignment").Sheets, Is.EqualTo(new[] { "概览", "行业结构", "三次产业", "分地区", "毕业生适配", "重点产业覆盖", "说明" }));
        Assert.That(ReportCatalog.All.Select(r => r.ScopesText), Is.All.EqualTo("CN, province, prefecture"));
    }

    [Test]
    public void An_unknown_report_is_an_error_naming_the_known_ones() =>
        Assert.That(() => ReportCatalog.Get("quality"), Throws.ArgumentException.With.Message.Contains("regional-quality or major-industry-alignment"));
}
