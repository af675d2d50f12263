using Microsoft.Extensions.Logging;
using MimeKit;
using VocEd.Reports.Catalog;
using VocEd.Reports.Queries;
using VocEd.Reports.Rendering;
using VocEd.Reports.Subscriptions;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;
using VocEd.Warehouse.Reference;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Reports.Delivery;

/// <summary>
/// Delivers subscriptions: which (subscription, region, period) have something left to deliver
/// (<see cref="DueAsync"/>), and the delivery of one period to one region or to every region of the subscription
/// (<see cref="DeliverAsync"/>): the workbooks rendered once per region, dropped into the folder and sent as one
/// message per recipient, each (subscription, region, period, channel, recipient) claimed in the database first so it
/// is delivered once however often the delivery runs or however many workers run it. A refused address is recorded
/// and the others go on; a passing fault is recorded for a retry and, at the end, thrown as a
/// <see cref="DeliveryTransientException"/> so the host retries the run with backoff (what was delivered is skipped).
/// </summary>
public sealed class SubscriptionDelivery(
    WarehouseOptions warehouse, RecipientStore recipients, DeliveryOptions options, ReferenceDataSet reference, TimeProvider time, ILogger<SubscriptionDelivery> logger)
{
    private readonly DeliveryClaims _claims = new(warehouse, time, TimeSpan.FromMinutes(Math.Max(1, options.LeaseMinutes)));

    /// <summary>
    /// Every region of every subscription whose current period (the latest cron occurrence at or before
    /// <paramref name="now"/>, not before the subscription was added) has a delivery neither finished nor in hand.
    /// </summary>
    public async Task<IReadOnlyList<DuePeriod>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var subscriptions = await new SubscriptionStore(warehouse, time).ListAsync(ct).ConfigureAwait(false);
        var regions = await RegionDirectory.LoadAsync(warehouse, ct).ConfigureAwait(false);
        var due = new List<DuePeriod>();
        foreach (var subscription in subscriptions)
        {
            SubscriptionSchedule schedule;
            try
            {
                schedule = SubscriptionSchedule.Parse(subscription.Cron, subscription.TimeZone);
            }
            catch (ArgumentException e)
            {
                DeliveryLog.BadSchedule(logger, subscription.SubscriptionId, e.Message);
                continue;
            }

            if (schedule.LatestAtOrBefore(now.UtcDateTime, subscription.CreatedAt) is not { } period)
            {
                continue;
            }

            var scopes = Scopes(subscription, regions);
            var people = await RecipientsAsync(subscription, scopes, ct).ConfigureAwait(false);
            var settled = await _claims.SettledKeysAsync(subscription.SubscriptionId, period, null, ct).ConfigureAwait(false);
            foreach (var scope in scopes)
            {
                var keys = Keys(subscription, scope, period, people);
                if (keys.Count > 0 && !settled.Contains(NoDataKey(subscription, scope, period).Text) && !keys.All(k => settled.Contains(k.Key.Text)))
                {
                    due.Add(new DuePeriod(subscription.SubscriptionId, scope, SubscriptionSchedule.FormatPeriod(period)));
                }
            }
        }

        return due;
    }

    /// <summary>
    /// Delivers <paramref name="period"/> of the subscription to <paramref name="scope"/>: one region of it, or the
    /// subscription's own scope (every region it names). Delivered messages and files are skipped.
    /// </summary>
    public async Task<DeliveryOutcome> DeliverAsync(long subscriptionId, string scope, string period, CancellationToken ct)
    {
        var subscription = await new SubscriptionStore(warehouse, time).GetAsync(subscriptionId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        var periodUtc = SubscriptionSchedule.ParsePeriod(period);
        var regions = await RegionDirectory.LoadAsync(warehouse, ct).ConfigureAwait(false);
        var scopes = string.Equals(scope?.Trim(), subscription.Scope, StringComparison.OrdinalIgnoreCase)
            ? Scopes(subscription, regions)
            : [Within(subscription, scope, regions)];
        var people = await RecipientsAsync(subscription, scopes, ct).ConfigureAwait(false);
        var reports = subscription.ReportIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ReportCatalog.Get).ToList();
        var outcome = new DeliveryOutcome();
        var run = new RunState(new SmtpSession(options.Smtp));
        await using (run.Smtp.ConfigureAwait(false))
        {
            foreach (var region in scopes)
            {
                ct.ThrowIfCancellationRequested();
                outcome += await DeliverRegionAsync(subscription, reports, region, periodUtc, people, regions, run, ct).ConfigureAwait(false);
            }
        }

        var label = SubscriptionSchedule.FormatPeriod(periodUtc);
        DeliveryLog.Finished(logger, subscription.SubscriptionId, label, outcome.Summary);
        return outcome.Retry > 0
            ? throw new DeliveryTransientException($"subscription {subscription.SubscriptionId} period {label}: {outcome.Summary}{(run.LastError is { } e ? $"; last error: {e}" : string.Empty)}")
            : outcome;
    }

    /// <summary>The period `subscription run-now` delivers: the latest cron occurrence at or before now (whenever the subscription was added), else now.</summary>
    public static string CurrentPeriod(RptSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var schedule = SubscriptionSchedule.Parse(subscription.Cron, subscription.TimeZone);
        var utc = now.UtcDateTime;
        return SubscriptionSchedule.FormatPeriod(schedule.LatestAtOrBefore(utc, DateTime.MinValue) ?? new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc));
    }

    private async Task<DeliveryOutcome> DeliverRegionAsync(
        RptSubscription subscription, IReadOnlyList<ReportDefinition> reports, string scope, DateTime periodUtc,
        IReadOnlyDictionary<string, IReadOnlyList<RptRecipient>> people, RegionDirectory regions, RunState run, CancellationToken ct)
    {
        var id = subscription.SubscriptionId;
        var label = SubscriptionSchedule.FormatPeriod(periodUtc);
        var keys = Keys(subscription, scope, periodUtc, people);
        if (keys.Count == 0)
        {
            return new DeliveryOutcome { Regions = 1, NoRecipients = 1 };
        }

        var settled = await _claims.SettledKeysAsync(id, periodUtc, scope, ct).ConfigureAwait(false);
        if (settled.Contains(NoDataKey(subscription, scope, periodUtc).Text))
        {
            return new DeliveryOutcome { Regions = 1, NoData = 1 };
        }

        var pending = keys.Where(k => !settled.Contains(k.Key.Text)).ToList();
        if (pending.Count == 0)
        {
            return new DeliveryOutcome { Regions = 1, AlreadyDone = keys.Count };
        }

        var work = Path.Combine(string.IsNullOrEmpty(options.WorkDirectory) ? Path.GetTempPath() : options.WorkDirectory, $"voced-delivery-{Guid.NewGuid():N}");
        try
        {
            var rendered = await RenderAsync(reports, scope, work, ct).ConfigureAwait(false);
            if (rendered.Count == 0)
            {
                await _claims.RecordNoDataAsync(NoDataKey(subscription, scope, periodUtc), ct).ConfigureAwait(false);
                DeliveryLog.NoData(logger, id, label, scope);
                return new DeliveryOutcome { Regions = 1, NoData = 1 };
            }

            var year = rendered[0].Year;
            var files = rendered.Select(r => r.Path ?? string.Empty).ToList();
            var names = files.Select(Path.GetFileName).OfType<string>().ToList();
            var headlines = await RegionHeadlines.ReadAsync(warehouse, scope, year, ct).ConfigureAwait(false);
            var (previousJson, previousAt) = await _claims.PreviousAsync(id, scope, periodUtc, ct).ConfigureAwait(false);
            var regionName = regions.Name(scope);
            var subject = MessageText.Subject(regionName, year ?? headlines?.Year ?? 0, [.. rendered.Select(r => ReportCatalog.Get(r.ReportId).Title)]);
            var body = MessageText.Body(regionName, names, headlines, RegionHeadlines.FromJson(previousJson), previousAt, DashboardsLink(scope), options.MinimumDenominator);
            var headlinesJson = headlines?.ToJson();
            var fileList = string.Join(" | ", names);
            var outcome = new DeliveryOutcome { Regions = 1, AlreadyDone = keys.Count - pending.Count };
            foreach (var (key, recipient) in pending)
            {
                ct.ThrowIfCancellationRequested();
                if (key.Channel == DeliveryChannels.Email && run.SmtpDown)
                {
                    outcome += new DeliveryOutcome { Retry = 1 };
                    continue;
                }

                var attempt = await _claims.ClaimAsync(key, ct).ConfigureAwait(false);
                if (attempt is null)
                {
                    outcome += new DeliveryOutcome { Busy = 1 };
                    continue;
                }

                var result = key.Channel == DeliveryChannels.File
                    ? Drop(subscription.DropFolder ?? string.Empty, scope, files)
                    : await run.Smtp.SendAsync(
                        MailComposer.Compose(
                            new MailboxAddress(options.Smtp.FromName, options.Smtp.From),
                            new MailboxAddress(recipient?.Name, recipient?.Email ?? string.Empty),
                            key.MessageId(options.MessageIdDomain),
                            subject,
                            body,
                            files,
                            time.GetUtcNow()),
                        ct).ConfigureAwait(false);
                var status = result.Status switch
                {
                    SendStatus.Sent => DeliveryStatuses.Delivered,
                    SendStatus.Permanent => DeliveryStatuses.Failed,
                    _ => DeliveryStatuses.Retry,
                };
                await _claims.FinishAsync(attempt, status, result.Error, year, fileList, headlinesJson, ct).ConfigureAwait(false);
                switch (result.Status)
                {
                    case SendStatus.Sent:
                        DeliveryLog.Delivered(logger, id, label, scope, key.Channel, key.RecipientId, attempt.Attempt);
                        outcome += new DeliveryOutcome { Delivered = 1 };
                        break;
                    case SendStatus.Permanent:
                        DeliveryLog.Failed(logger, id, label, scope, key.Channel, key.RecipientId, result.Error ?? string.Empty);
                        outcome += new DeliveryOutcome { Failed = 1 };
                        break;
                    default:
                        DeliveryLog.Retry(logger, id, label, scope, key.Channel, key.RecipientId, result.Error ?? string.Empty);
                        run.LastError = result.Error;
                        run.SmtpDown |= key.Channel == DeliveryChannels.Email;
                        outcome += new DeliveryOutcome { Retry = 1 };
                        break;
                }
            }

            return outcome;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private async Task<List<RenderedReport>> RenderAsync(IReadOnlyList<ReportDefinition> reports, string scope, string work, CancellationToken ct)
    {
        var renderer = new ReportRenderer(warehouse, reference.PolicyThresholds, options.MinimumDenominator);
        var rendered = new List<RenderedReport>();
        foreach (var report in reports)
        {
            try
            {
                rendered.Add(await renderer.RenderAsync(report, ReportScope.Parse(scope), null, work, ct).ConfigureAwait(false));
            }
            catch (ReportNoDataException)
            {
                // A report without data for the region is left out; a region without data for every report is no_data.
            }
        }

        return rendered;
    }

    private static SendResult Drop(string folder, string scope, IReadOnlyList<string> files)
    {
        try
        {
            FileDrop.Drop(folder, scope, files);
            return SendResult.Sent;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SendResult(SendStatus.Transient, AddressScrubber.Scrub($"{e.GetType().Name}: {e.Message}"));
        }
    }

    private string? DashboardsLink(string scope)
    {
        if (string.IsNullOrWhiteSpace(options.DashboardsUrl))
        {
            return null;
        }

        var page = scope switch
        {
            ReportScope.NationCode => "index.html",
            { Length: 2 } => $"{scope}/index.html",
            _ => $"{scope[..2]}/{scope}/index.html",
        };
        return options.DashboardsUrl.TrimEnd('/') + "/" + page;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<RptRecipient>>> RecipientsAsync(RptSubscription subscription, IReadOnlyList<string> scopes, CancellationToken ct) =>
        subscription.SendEmail ? await recipients.ForRegionsAsync(scopes, ct).ConfigureAwait(false) : new Dictionary<string, IReadOnlyList<RptRecipient>>();

    /// <summary>The deliveries of a region: its file drop (if any), then one e-mail per recipient.</summary>
    private static List<(DeliveryKey Key, RptRecipient? Recipient)> Keys(
        RptSubscription subscription, string scope, DateTime periodUtc, IReadOnlyDictionary<string, IReadOnlyList<RptRecipient>> people)
    {
        var keys = new List<(DeliveryKey, RptRecipient?)>();
        if (!string.IsNullOrEmpty(subscription.DropFolder))
        {
            keys.Add((new DeliveryKey(subscription.SubscriptionId, scope, periodUtc, DeliveryChannels.File, 0), null));
        }

        if (subscription.SendEmail && people.TryGetValue(scope, out var list))
        {
            keys.AddRange(list.Select(r => (new DeliveryKey(subscription.SubscriptionId, scope, periodUtc, DeliveryChannels.Email, r.RecipientId), (RptRecipient?)r)));
        }

        return keys;
    }

    private static DeliveryKey NoDataKey(RptSubscription subscription, string scope, DateTime periodUtc) =>
        new(subscription.SubscriptionId, scope, periodUtc, DeliveryChannels.None, 0);

    /// <summary>The regions of the subscription's scope: the one region, every province, or every prefecture of a province.</summary>
    private static List<string> Scopes(RptSubscription subscription, RegionDirectory regions)
    {
        var selection = ScopeSelection.Parse(subscription.Scope);
        return selection.Scope is { } single
            ? [single.Code]
            : [.. regions.Scopes(selection.FanOutLevel ?? ScopeLevel.Province, selection.Within).Select(s => s.Code)];
    }

    /// <summary>One region named by a job: it must be one of the subscription's regions.</summary>
    private static string Within(RptSubscription subscription, string? scope, RegionDirectory regions)
    {
        var code = ReportScope.Parse(scope).Code;
        return Scopes(subscription, regions).Contains(code, StringComparer.Ordinal)
            ? code
            : throw new ArgumentException($"region {code} is not in subscription {subscription.SubscriptionId}'s scope {subscription.Scope}", nameof(scope));
    }

    /// <summary>What the regions of one run share: the mail server's connection, and whether it is down for this run.</summary>
    private sealed class RunState(SmtpSession smtp)
    {
        public SmtpSession Smtp { get; } = smtp;

        public bool SmtpDown { get; set; }

        public string? LastError { get; set; }
    }
}
