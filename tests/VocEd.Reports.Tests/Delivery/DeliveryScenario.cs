using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Reports.Tests.Support;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;
using VocEd.Warehouse.Reference;
using VocEd.Warehouse.Secure;

namespace VocEd.Reports.Tests.Delivery;

/// <summary>What a delivery test works with: the warehouse, its secure store, a clock, the SMTP server, and deliverers built like the host builds them.</summary>
internal sealed class DeliveryScenario(WarehouseOptions warehouse, TestSmtpServer smtp, ManualClock clock)
{
    private static readonly ReferenceDataSet _reference = ReferenceDataSet.Load();

    public WarehouseOptions Warehouse { get; } = warehouse;

    public TestSmtpServer Smtp { get; } = smtp;

    public ManualClock Clock { get; } = clock;

    public CapturingLogger<SubscriptionDelivery> Log { get; } = new();

    public DeliveryOptions Options => new()
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = Smtp.Port, Security = SmtpSecurity.None, From = "voced@stats.example.cn", TimeoutSeconds = 20 },
        DashboardsUrl = "https://stats.example.cn/dashboards/",
        MessageIdDomain = "stats.example.cn",
    };

    public RecipientStore Recipients => new(SecureStoreOptions.For(Warehouse), Warehouse, Clock);

    public SubscriptionStore Subscriptions => new(Warehouse, Clock);

    public SubscriptionDelivery Deliverer() => new(Warehouse, Recipients, Options, _reference, Clock, Log);

    public async Task<RptSubscription> AddAsync(string name, string scope, bool email = true, string? dropFolder = null, params string[] reports) =>
        await Subscriptions.AddAsync(
            new SubscriptionRequest(name, reports.Length == 0 ? ["regional-quality", "major-industry-alignment"] : reports, scope, "0 7 * * *", SubscriptionSchedule.DefaultTimeZone, email, dropFolder),
            CancellationToken.None);

    /// <summary>The messages of one subscription the server accepted (by the Message-ID's subscription id).</summary>
    public IReadOnlyList<ReceivedMessage> MessagesOf(long subscriptionId) =>
        [.. Smtp.Messages.Where(m => m.Message.MessageId?.StartsWith($"voced.{subscriptionId}.", StringComparison.Ordinal) == true)];

    public async Task<List<RptDelivery>> AttemptsAsync(long subscriptionId)
    {
        await using var db = Warehouse.CreateContext();
        return await db.RptDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.DeliveryId).ToListAsync();
    }
}
