using VocEd.Reports.Delivery;

namespace VocEd.Reports.Tests.Delivery;

public sealed class MessageTextTests
{
    [Test]
    public void The_body_says_what_changed_since_the_last_delivery()
    {
        var before = new RegionHeadlines(2023, 10, 1000, 300, 0.9, 0.2);
        var now = new RegionHeadlines(2024, 11, 1234, 300, 0.925, 0.2);
        var body = MessageText.Body("广东省", ["44_广东省_职业教育质量报告_2024学年.xlsx"], now, before, new DateTime(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc), null, 5);
        Assert.That(body, Does.Contain("学校 11 所，在校生 1,234 人，毕业生 300 人"));
        Assert.That(body, Does.Contain("毕业去向落实率 92.5%"));
        Assert.That(body, Does.Contain("与上次推送（2026-12-01）相比：数据学年由2023学年更新为2024学年；学校 +1 所（上次 10）；在校生 +234 人（上次 1,000）；毕业去向落实率 +2.5 个百分点。"));
    }

    [Test]
    public void A_rate_over_too_few_graduates_is_withheld_in_the_body_too()
    {
        var body = MessageText.Body("某县", [], new RegionHeadlines(2024, 1, 10, 3, 1.0, null), null, null, null, 5);
        Assert.That(body, Does.Contain("毕业去向落实率 —（样本过小，不予公布）").And.Contain("首次推送"));
        Assert.That(body, Does.Not.Contain("100.0%"));
    }
}
