using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Reports.Tests.Delivery;

/// <summary>Exactly once in effect: racing workers, a mail server that is down and then up, a refused address — over a real SMTP server.</summary>
[TestFixture(WarehouseProvider.Sqlite)]
[TestFixture(WarehouseProvider.Postgres)]
public sealed class ExactlyOnceDeliveryTests(WarehouseProvider provider)
{
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private TestSmtpServer _smtp = null!; // Assigned in OneTimeSetUp.
    private DeliveryScenario _scenario = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task SetUpAsync()
    {
        _temp = new TempDirectory("voced-exactly-once");
        _smtp = await TestSmtpServer.StartAsync();
        var warehouse = await DeliveryWarehouse.BuildAsync(provider, _temp);
        _scenario = new DeliveryScenario(warehouse, _smtp, new ManualClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        await _scenario.Recipients.ImportAsync(
            [
                new RecipientRow(2, "44", "甲", "a@gd.example.cn"),
                new RecipientRow(3, "44", "乙", "b@gd.example.cn"),
                new RecipientRow(4, "44", "丙", "c@gd.example.cn"),
                new RecipientRow(5, "44", "丁", $"nobody@{TestSmtpServer.RefusedHost}"),
                new RecipientRow(6, "45", "戊", "d@gx.example.cn"),
                new RecipientRow(7, "45", "己", "e@gx.example.cn"),
                new RecipientRow(8, "45", "庚", "f@gx.example.cn"),
            ],
            replace: true,
            CancellationToken.None);
        _scenario.Clock.Now = new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);
    }

    [OneTimeTearDown]
    public async Task TearDownAsync()
    {
        await _smtp.DisposeAsync();
        _temp.Dispose();
    }

    [Test]
    public async Task Three_workers_racing_send_each_message_once_and_a_refused_address_holds_up_no_one()
    {
        var drop = _temp.File("race-drop");
        var subscription = await _scenario.AddAsync("race-44", "44", email: true, dropFolder: drop);
        var period = Period();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, "44", period, CancellationToken.None))));

        var messages = _scenario.MessagesOf(subscription.SubscriptionId);
        Assert.That(messages.SelectMany(m => m.EnvelopeTo).Order(), Is.EqualTo(new[] { "a@gd.example.cn", "b@gd.example.cn", "c@gd.example.cn" }));
        Assert.That(outcomes.Sum(o => o.Delivered), Is.EqualTo(4), "three e-mails and one file drop");
        Assert.That(outcomes.Sum(o => o.Failed), Is.EqualTo(1));
        var attempts = await _scenario.AttemptsAsync(subscription.SubscriptionId);
        Assert.That(attempts.GroupBy(a => a.DeliveryKey).Select(g => g.Count()), Is.All.EqualTo(1), "one attempt per key");
        var refused = attempts.Single(a => a.Status == DeliveryStatuses.Failed);
        Assert.That(refused.Channel, Is.EqualTo(DeliveryChannels.Email));
        Assert.That(refused.Error, Is.Not.Empty.And.Not.Contain(TestSmtpServer.RefusedHost));
        Assert.That(Directory.GetFiles(Path.Combine(drop, "44")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "44_广东省_职业教育质量报告_2024学年.xlsx", "44_广东省_专业设置与产业需求适配分析_2024学年.xlsx" }));

        var again = await _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, subscription.Scope, period, CancellationToken.None);
        Assert.That((again.Delivered, again.Failed, again.AlreadyDone), Is.EqualTo((0, 0, 5)), "the refused address is not retried");
        Assert.That(_scenario.MessagesOf(subscription.SubscriptionId), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task With_the_mail_server_down_then_refusing_once_then_up_every_message_arrives_once()
    {
        var subscription = await _scenario.AddAsync("flaky-45", "45");
        var nextDay = new DateTimeOffset(2026, 12, 2, 23, 30, 0, TimeSpan.Zero);
        const string period = "2026-12-02T23:00Z";
        await _smtp.StopAsync();
        try
        {
            Assert.That(await _scenario.Deliverer().DueAsync(nextDay, CancellationToken.None), Has.Some.EqualTo(new DuePeriod(subscription.SubscriptionId, "45", period)));
            Assert.ThrowsAsync<DeliveryTransientException>(() => _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, "45", period, CancellationToken.None));
        }
        finally
        {
            await _smtp.StartAgainAsync();
        }

        _smtp.RefuseTemporarily(1);
        Assert.ThrowsAsync<DeliveryTransientException>(() => _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, "45", period, CancellationToken.None));
        var done = await _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, "45", period, CancellationToken.None);
        Assert.That(done.Delivered, Is.EqualTo(3));
        var again = await _scenario.Deliverer().DeliverAsync(subscription.SubscriptionId, "45", period, CancellationToken.None);
        Assert.That(again.AlreadyDone, Is.EqualTo(3));

        var messages = _scenario.MessagesOf(subscription.SubscriptionId);
        Assert.That(messages.SelectMany(m => m.EnvelopeTo).Order(), Is.EqualTo(new[] { "d@gx.example.cn", "e@gx.example.cn", "f@gx.example.cn" }));
        var attempts = await _scenario.AttemptsAsync(subscription.SubscriptionId);
        Assert.That(attempts.Count(a => a.Status == DeliveryStatuses.Retry), Is.EqualTo(2));
        Assert.That(attempts.Where(a => a.Status == DeliveryStatuses.Delivered).Select(a => a.DeliveryKey).Distinct().Count(), Is.EqualTo(3));
        Assert.That(attempts.Max(a => a.Attempt), Is.EqualTo(3), "the first recipient's key: down, 451, delivered");
        Assert.That(await _scenario.Deliverer().DueAsync(nextDay, CancellationToken.None), Has.None.Matches<DuePeriod>(d => d.SubscriptionId == subscription.SubscriptionId));
    }

    [Test]
    public async Task A_period_is_due_from_its_cron_occurrence_until_it_is_delivered()
    {
        var subscription = await _scenario.Subscriptions.AddAsync(
            new SubscriptionRequest("monday-45", ["regional-quality"], "45", "0 7 * * 1", SubscriptionSchedule.DefaultTimeZone, SendEmail: true, DropFolder: null), CancellationToken.None);
        var deliverer = _scenario.Deliverer();
        var before = new DateTimeOffset(2026, 12, 6, 22, 59, 0, TimeSpan.Zero); // Monday 06:59 in Beijing: the Monday before that is before the subscription
        Assert.That(await deliverer.DueAsync(before, CancellationToken.None), Has.None.Matches<DuePeriod>(d => d.SubscriptionId == subscription.SubscriptionId));
        var after = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero); // Monday 09:00 in Beijing
        var due = (await deliverer.DueAsync(after, CancellationToken.None)).Where(d => d.SubscriptionId == subscription.SubscriptionId).ToList();
        Assert.That(due, Is.EqualTo(new[] { new DuePeriod(subscription.SubscriptionId, "45", "2026-12-06T23:00Z") }));
        await deliverer.DeliverAsync(subscription.SubscriptionId, due[0].Scope, due[0].Period, CancellationToken.None);
        Assert.That(await deliverer.DueAsync(after, CancellationToken.None), Has.None.Matches<DuePeriod>(d => d.SubscriptionId == subscription.SubscriptionId));
    }

    private static string Period() => SubscriptionSchedule.FormatPeriod(new DateTime(2026, 12, 1, 23, 0, 0, DateTimeKind.Utc));
}
