using VocEd.Reports.Subscriptions;

namespace VocEd.Reports.Tests.Subscriptions;

public sealed class SubscriptionScheduleTests
{
    private static readonly DateTime _longAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public void The_period_is_the_latest_occurrence_in_Beijing_time_at_or_before_the_run()
    {
        var mondays = SubscriptionSchedule.Parse("0 7 * * 1", "Asia/Shanghai");
        var monday0800Beijing = new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);
        Assert.That(mondays.LatestAtOrBefore(monday0800Beijing, _longAgo), Is.EqualTo(new DateTime(2026, 12, 6, 23, 0, 0, DateTimeKind.Utc)));
        Assert.That(mondays.LatestAtOrBefore(new DateTime(2026, 12, 6, 22, 59, 0, DateTimeKind.Utc), _longAgo), Is.EqualTo(new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc)));
        Assert.That(mondays.LatestAtOrBefore(monday0800Beijing, new DateTime(2026, 12, 6, 23, 30, 0, DateTimeKind.Utc)), Is.Null, "no occurrence since the subscription was added");
    }

    [Test]
    public void A_yearly_cron_finds_its_occurrence_months_back()
    {
        var yearly = SubscriptionSchedule.Parse("30 9 15 3 *", "Asia/Shanghai");
        Assert.That(yearly.LatestAtOrBefore(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc), _longAgo), Is.EqualTo(new DateTime(2026, 3, 15, 1, 30, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Periods_round_trip_as_UTC_text()
    {
        var period = new DateTime(2026, 12, 6, 23, 0, 0, DateTimeKind.Utc);
        Assert.That(SubscriptionSchedule.FormatPeriod(period), Is.EqualTo("2026-12-06T23:00Z"));
        Assert.That(SubscriptionSchedule.ParsePeriod("2026-12-06T23:00Z"), Is.EqualTo(period));
        Assert.That(SubscriptionSchedule.ParsePeriod("2026-12-07T07:00+08:00"), Is.EqualTo(period));
    }

    [TestCase("0 7 * *", "Asia/Shanghai")]
    [TestCase("0 25 * * *", "Asia/Shanghai")]
    [TestCase("0 7 * * 1", "Mars/Olympus")]
    public void A_bad_cron_or_zone_is_a_user_error(string cron, string zone) =>
        Assert.Throws<ArgumentException>(() => SubscriptionSchedule.Parse(cron, zone));
}
