using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Tests.Scheduling;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Scheduler.Tests.Jobs;

/// <summary>The deliver-* jobs on the real delivery, in a host with Hangfire's real server: a due period is delivered once.</summary>
[NonParallelizable]
public sealed class ReportSubscriptionDeliveryTests
{
    [Test]
    public async Task A_due_file_drop_is_delivered_once_by_the_jobs_and_a_rerun_delivers_nothing_new()
    {
        using var home = new TempDirectory("voced-scheduler-delivery");
        var warehouse = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, home, "delivery.db");
        await new CubeRefresher(warehouse, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        var drop = Path.Combine(home.Path, "drop");
        // Added two days ago: this morning's 07:00 (Asia/Shanghai) is due now.
        var subscription = await new SubscriptionStore(warehouse, new FixedClock(DateTimeOffset.UtcNow.AddDays(-2))).AddAsync(
            new SubscriptionRequest("gd-daily", ["regional-quality"], "44", "0 7 * * *", SubscriptionSchedule.DefaultTimeZone, false, drop), CancellationToken.None);
        var host = await SchedulerTesting.StartAsync(SchedulerTesting.Setup(warehouse, home.Path, SchedulerTesting.Fast(home.Path)));
        try
        {
            var storage = host.Services.GetRequiredService<JobStorage>();
            var client = host.Services.GetRequiredService<IBackgroundJobClient>();
            Assert.That(host.Services.GetRequiredService<ISubscriptionDelivery>(), Is.TypeOf<ReportSubscriptionDelivery>(), "the real delivery, not a stand-in");

            var due = client.Enqueue<DeliverDueSubscriptionsJob>(j => j.RunAsync(CancellationToken.None));
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, due), Is.EqualTo(SucceededState.StateName));
            Assert.That(Result(storage, due), Does.StartWith("1 subscription period(s) due"));
            await SchedulerTesting.UntilAsync(() => DeliveredAsync(warehouse, subscription.SubscriptionId).Result == 1, "the period's file drop delivered", 120);
            var dropped = Directory.GetFiles(Path.Combine(drop, "44"));
            Assert.That(dropped.Select(Path.GetFileName), Is.EqualTo(new[] { "44_广东省_职业教育质量报告_2024学年.xlsx" }));
            var written = File.GetLastWriteTimeUtc(dropped[0]);

            var again = client.Enqueue<DeliverDueSubscriptionsJob>(j => j.RunAsync(CancellationToken.None));
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, again), Is.EqualTo(SucceededState.StateName));
            Assert.That(Result(storage, again), Does.StartWith("0 subscription period(s) due"), "nothing is due once delivered");

            var period = SubscriptionDelivery.CurrentPeriod(subscription, DateTimeOffset.UtcNow);
            var id = subscription.SubscriptionId;
            var rerun = client.Enqueue<DeliverSubscriptionJob>(j => j.RunAsync(id, "44", period, CancellationToken.None));
            Assert.That(await SchedulerTesting.FinalStateAsync(storage, rerun), Is.EqualTo(SucceededState.StateName));
            Assert.That(Result(storage, rerun), Does.Contain("0 delivered, 1 already delivered"), "a job run twice delivers nothing twice");
            Assert.That(await DeliveredAsync(warehouse, id), Is.EqualTo(1));
            Assert.That(File.GetLastWriteTimeUtc(dropped[0]), Is.EqualTo(written), "the file was not dropped again");
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    private static string Result(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetStateData(jobId)?.Data;
        return data is not null && data.TryGetValue("Result", out var result) ? System.Text.Json.JsonSerializer.Deserialize<string>(result) ?? string.Empty : string.Empty;
    }

    private static async Task<int> DeliveredAsync(WarehouseOptions warehouse, long subscriptionId)
    {
        await using var db = warehouse.CreateContext();
        return await db.RptDeliveries.CountAsync(d => d.SubscriptionId == subscriptionId && d.Status == DeliveryStatuses.Delivered);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
