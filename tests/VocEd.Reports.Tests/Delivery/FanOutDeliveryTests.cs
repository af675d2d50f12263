using Microsoft.EntityFrameworkCore;
using MimeKit;
using OfficeOpenXml;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Reports.Tests.Delivery;

/// <summary>A subscription fanned out to every province, delivered over a real SMTP server: two recipients per province.</summary>
public sealed class FanOutDeliveryTests
{
    private TempDirectory _temp = null!; // Assigned in OneTimeSetUp.
    private TestSmtpServer _smtp = null!; // Assigned in OneTimeSetUp.
    private DeliveryScenario _scenario = null!; // Assigned in OneTimeSetUp.
    private RptSubscription _subscription = null!; // Assigned in OneTimeSetUp.
    private DeliveryOutcome _first = null!; // Assigned in OneTimeSetUp.
    private Dictionary<string, string> _provinces = null!; // Assigned in OneTimeSetUp.
    private string _period = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task DeliverAsync()
    {
        _temp = new TempDirectory("voced-fanout");
        _smtp = await TestSmtpServer.StartAsync();
        var warehouse = await DeliveryWarehouse.BuildAsync(WarehouseProvider.Sqlite, _temp);
        _scenario = new DeliveryScenario(warehouse, _smtp, new ManualClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        await using (var db = warehouse.CreateContext())
        {
            _provinces = await db.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "province").ToDictionaryAsync(r => r.RegionCode, r => r.NameZh);
        }

        var rows = _provinces.Keys.SelectMany(p => new[]
        {
            new RecipientRow(0, p, $"主任{p}", $"director.{p}@edu{p}.example.cn"),
            new RecipientRow(0, p, $"科长{p}", $"section.{p}@edu{p}.example.cn"),
        }).ToList();
        await _scenario.Recipients.ImportAsync(rows, replace: true, CancellationToken.None);
        _subscription = await _scenario.AddAsync("every-province-weekly", "every-province");
        _scenario.Clock.Now = new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero); // 07:30 on 12-02 in Beijing
        _period = SubscriptionSchedule.FormatPeriod(new DateTime(2026, 12, 1, 23, 0, 0, DateTimeKind.Utc));
        _first = await _scenario.Deliverer().DeliverAsync(_subscription.SubscriptionId, _subscription.Scope, _period, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task TearDownAsync()
    {
        await _smtp.DisposeAsync();
        _temp.Dispose();
    }

    [Test]
    public void Every_recipient_of_every_province_gets_one_message_addressed_to_them_alone()
    {
        Assert.That(_provinces, Has.Count.EqualTo(31));
        var messages = _scenario.MessagesOf(_subscription.SubscriptionId);
        Assert.That(_first.Delivered, Is.EqualTo(62));
        Assert.That(messages, Has.Count.EqualTo(62));
        var expected = _provinces.Keys.SelectMany(p => new[] { $"director.{p}@edu{p}.example.cn", $"section.{p}@edu{p}.example.cn" }).Order().ToList();
        Assert.That(messages.SelectMany(m => m.EnvelopeTo).Order().ToList(), Is.EqualTo(expected));
        Assert.That(messages.Select(m => m.Message.To.Mailboxes.Single().Address).Order().ToList(), Is.EqualTo(expected));
        Assert.That(messages.Select(m => m.Message.MessageId).Distinct().Count(), Is.EqualTo(62));
        Assert.That(messages.Select(m => m.Message.MessageId), Is.All.Match(@"^voced\.\d+\.\d\d\.20261201T2300Z\.email\.\d+@stats\.example\.cn$"));
    }

    [Test]
    public void Each_message_carries_its_province_workbooks_under_their_Chinese_names_and_a_Chinese_subject()
    {
        foreach (var received in _scenario.MessagesOf(_subscription.SubscriptionId))
        {
            var province = received.EnvelopeTo[0].Split('.')[1][..2];
            var name = _provinces[province];
            var message = received.Message;
            Assert.That(message.Subject, Does.Contain(name).And.Contain("2024学年").And.Contain("职业教育质量报告"));
            Assert.That(received.Raw, Does.Contain("Subject: =?utf-8?"), "the subject is encoded (RFC 2047)");
            var files = message.Attachments.OfType<MimePart>().Select(a => a.FileName).ToList();
            Assert.That(files, Is.EqualTo(new[] { $"{province}_{name}_职业教育质量报告_2024学年.xlsx", $"{province}_{name}_专业设置与产业需求适配分析_2024学年.xlsx" }));
            Assert.That(received.Raw, Does.Match(@"filename\*(0\*)?=utf-8''"), "file names in Content-Disposition are RFC 2231");
            var body = message.TextBody;
            Assert.That(body, Does.Contain($"{name}职业教育统计报告已更新").And.Contain("毕业去向落实率").And.Contain("首次推送"));
            Assert.That(body, Does.Contain($"https://stats.example.cn/dashboards/{province}/index.html"));
        }
    }

    [Test]
    public async Task The_attached_workbook_shows_the_cube_values_of_its_province()
    {
        var students = IndicatorRegistry.Find("cube_quality", "students")?.NameZh ?? throw new AssertionException("no students indicator");
        var placement = IndicatorRegistry.Find("cube_quality", "placement_rate")?.NameZh ?? throw new AssertionException("no placement indicator");
        await using var db = _scenario.Warehouse.CreateContext();
        var cube = await db.CubeQuality.AsNoTracking().Where(q => q.RegionLevel == "province" && q.SchoolType == "all" && q.AcademicYear == DeliveryWarehouse.Year)
            .ToDictionaryAsync(q => q.RegionCode);
        var checkedProvinces = new HashSet<string>();
        foreach (var received in _scenario.MessagesOf(_subscription.SubscriptionId))
        {
            var part = received.Message.Attachments.OfType<MimePart>().First(a => a.FileName?.Contains("职业教育质量报告", StringComparison.Ordinal) == true);
            var province = part.FileName?[..2] ?? string.Empty;
            using var content = new MemoryStream();
            await (part.Content ?? throw new AssertionException("an attachment without content")).DecodeToAsync(content);
            content.Position = 0;
            using var package = new ExcelPackage(content);
            var sheet = package.Workbook.Worksheets["概览"];
            Assert.That(Kpi(sheet, students), Is.EqualTo((double)cube[province].Students), province);
            Assert.That(Kpi(sheet, placement), Is.EqualTo(cube[province].PlacementRate).Within(1e-12), province);
            checkedProvinces.Add(province);
        }

        Assert.That(checkedProvinces, Has.Count.EqualTo(31));
    }

    [Test]
    public async Task Running_the_same_period_again_sends_nothing_more()
    {
        var again = await _scenario.Deliverer().DeliverAsync(_subscription.SubscriptionId, _subscription.Scope, _period, CancellationToken.None);
        Assert.That((again.Delivered, again.AlreadyDone), Is.EqualTo((0, 62)));
        Assert.That(_scenario.MessagesOf(_subscription.SubscriptionId), Has.Count.EqualTo(62));
        Assert.That(await _scenario.Deliverer().DueAsync(_scenario.Clock.Now, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Nothing_e_mail_shaped_reaches_the_log_or_the_delivery_table()
    {
        Assert.That(_scenario.Log.Lines, Is.Not.Empty);
        Assert.That(_scenario.Log.Lines, Has.None.Contain("example.cn"));
        Assert.That(_scenario.Log.Lines, Has.None.Contain("主任"));
        var attempts = await _scenario.AttemptsAsync(_subscription.SubscriptionId);
        Assert.That(attempts, Has.Count.EqualTo(62));
        Assert.That(attempts.Select(a => a.DeliveryKey + a.Error + a.Files + a.MessageId), Has.None.Contain("example.cn"));
    }

    private static double? Kpi(ExcelWorksheet sheet, string indicator)
    {
        for (var row = 1; row <= sheet.Dimension.End.Row; row++)
        {
            var value = Enumerable.Range(1, sheet.Dimension.End.Column).FirstOrDefault(c => sheet.Cells[row, c].Text == "本地区");
            if (value == 0)
            {
                continue;
            }

            var label = Enumerable.Range(1, value).First(c => sheet.Cells[row, c].Text == "指标");
            for (var r = row + 1; r <= sheet.Dimension.End.Row; r++)
            {
                if (sheet.Cells[r, label].Text == indicator)
                {
                    return sheet.Cells[r, value].Value is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
                }
            }
        }

        throw new AssertionException($"no KPI row {indicator} on 概览");
    }
}
