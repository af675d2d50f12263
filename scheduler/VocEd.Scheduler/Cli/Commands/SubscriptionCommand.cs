using System.CommandLine;
using System.Globalization;
using VocEd.Reports.Catalog;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced subscription add | list | show | remove | due | run-now`: scheduled delivery of the officials' reports.</summary>
internal static class SubscriptionCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("subscription", "Scheduled delivery of the officials' reports by e-mail and file drop (one region or a fan-out, a cron in Asia/Shanghai).");
        command.Subcommands.Add(Add(settings, output, error));
        command.Subcommands.Add(List(settings, output, error));
        command.Subcommands.Add(Show(settings, output, error));
        command.Subcommands.Add(Remove(settings, output, error));
        command.Subcommands.Add(Due(settings, output, error));
        command.Subcommands.Add(RunNow(settings, output, error));
        return command;
    }

    private static Command Add(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "A unique name (not a number).", Required = true };
        var reports = new Option<string[]>("--report")
        {
            Description = "Report id(s), repeated or comma-separated: regional-quality, major-industry-alignment (default: both).",
            AllowMultipleArgumentsPerToken = true,
        };
        var scope = new Option<string>("--scope") { Description = "CN, a province (44), a prefecture (4401), every-province, or every-prefecture:44.", Required = true };
        var cron = new Option<string>("--cron") { Description = "Five-field cron in the time zone, e.g. '0 7 * * 1' (Mondays 07:00).", Required = true };
        var zone = new Option<string>("--time-zone") { Description = "IANA time zone of the cron.", DefaultValueFactory = _ => SubscriptionSchedule.DefaultTimeZone };
        var email = new Option<bool>("--email") { Description = "E-mail each region's workbooks to its recipients (voced recipient import)." };
        var drop = new Option<string?>("--drop-folder") { Description = "Also write the workbooks to DIR/{region}/{file name} (atomically).", HelpName = "DIR" };
        var format = new Option<string>("--format") { Description = "Workbook format: xlsx.", DefaultValueFactory = _ => "xlsx" };
        var command = new Command("add", "Add a subscription.") { name, reports, scope, cron, zone, email, drop, format };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var ids = (ctx.Parse.GetValue(reports) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var request = new SubscriptionRequest(
                ctx.Parse.GetValue(name) ?? string.Empty,
                ids.Count == 0 ? [.. ReportCatalog.All.Select(r => r.Id)] : ids,
                ctx.Parse.GetValue(scope) ?? string.Empty,
                ctx.Parse.GetValue(cron) ?? string.Empty,
                ctx.Parse.GetValue(zone) ?? SubscriptionSchedule.DefaultTimeZone,
                ctx.Parse.GetValue(email),
                ctx.Parse.GetValue(drop),
                ctx.Parse.GetValue(format) ?? "xlsx");
            await using var services = ctx.Services();
            var added = await services.GetRequiredService<SubscriptionStore>().AddAsync(request, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"added subscription {added.SubscriptionId} '{added.Name}'")).ConfigureAwait(false);
            await PrintAsync(ctx.Out, added, ctx.Time).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command List(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("list", "List the subscriptions.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var all = await services.GetRequiredService<SubscriptionStore>().ListAsync(ct).ConfigureAwait(false);
            if (all.Count == 0)
            {
                await ctx.Out.WriteLineAsync("no subscriptions (voced subscription add --help)").ConfigureAwait(false);
            }

            foreach (var s in all)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{s.SubscriptionId}  {s.Name}  {s.Scope}  '{s.Cron}' {s.TimeZone}  {s.ReportIds}  {Channels(s)}")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command Show(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var which = new Argument<string>("SUBSCRIPTION") { Description = "Its id or name." };
        var command = new Command("show", "Show a subscription, its next run and its latest delivery attempts.") { which };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var store = services.GetRequiredService<SubscriptionStore>();
            var s = await store.GetAsync(ctx.Parse.GetValue(which) ?? string.Empty, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"subscription {s.SubscriptionId} '{s.Name}'")).ConfigureAwait(false);
            await PrintAsync(ctx.Out, s, ctx.Time).ConfigureAwait(false);
            var attempts = await store.DeliveriesAsync(s.SubscriptionId, 20, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(attempts.Count == 0 ? "  no deliveries yet" : "  latest attempts (period UTC, region, channel, recipient id, attempt, status):").ConfigureAwait(false);
            foreach (var d in attempts)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"    {SubscriptionSchedule.FormatPeriod(d.PeriodAt)}  {d.Scope}  {d.Channel}  {d.RecipientId}  #{d.Attempt}  {d.Status}{(d.Error is { } e ? $"  {e}" : string.Empty)}")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command Remove(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var which = new Argument<string>("SUBSCRIPTION") { Description = "Its id or name." };
        var command = new Command("remove", "Remove a subscription and its delivery log.") { which };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var store = services.GetRequiredService<SubscriptionStore>();
            var s = await store.GetAsync(ctx.Parse.GetValue(which) ?? string.Empty, ct).ConfigureAwait(false);
            await store.RemoveAsync(s.SubscriptionId, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"removed subscription {s.SubscriptionId} '{s.Name}'")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Due(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("due", "List the (subscription, region, period) with something left to deliver now — what the scheduler's deliver-due-subscriptions enqueues.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var due = await services.GetRequiredService<SubscriptionDelivery>().DueAsync(ctx.Time.GetUtcNow(), ct).ConfigureAwait(false);
            foreach (var d in due)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{d.SubscriptionId}  {d.Scope}  {d.Period}")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{due.Count} due")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command RunNow(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var which = new Argument<string>("SUBSCRIPTION") { Description = "Its id or name." };
        var period = new Option<string?>("--period") { Description = "The period to deliver (UTC, e.g. 2026-12-07T23:00Z); default: the cron's latest occurrence." };
        var scope = new Option<string?>("--scope") { Description = "One region of the subscription only (default: all of them)." };
        var command = new Command("run-now", "Deliver a subscription's period now (what was delivered already is skipped). Exit 1 when something is left to retry.") { which, period, scope };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var s = await services.GetRequiredService<SubscriptionStore>().GetAsync(ctx.Parse.GetValue(which) ?? string.Empty, ct).ConfigureAwait(false);
            var label = ctx.Parse.GetValue(period) ?? SubscriptionDelivery.CurrentPeriod(s, ctx.Time.GetUtcNow());
            try
            {
                var outcome = await services.GetRequiredService<SubscriptionDelivery>().DeliverAsync(s.SubscriptionId, ctx.Parse.GetValue(scope) ?? s.Scope, label, ct).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"subscription {s.SubscriptionId} period {label}: {outcome.Summary}").ConfigureAwait(false);
                return 0;
            }
            catch (DeliveryTransientException e)
            {
                await ctx.Error.WriteLineAsync($"voced: {e.Message} (run again to retry)").ConfigureAwait(false);
                return 1;
            }
        }));
        return command;
    }

    private static async Task PrintAsync(TextWriter output, RptSubscription s, TimeProvider time)
    {
        var schedule = SubscriptionSchedule.Parse(s.Cron, s.TimeZone);
        await output.WriteLineAsync($"  reports: {s.ReportIds}").ConfigureAwait(false);
        await output.WriteLineAsync($"  scope: {s.Scope}").ConfigureAwait(false);
        await output.WriteLineAsync($"  schedule: '{s.Cron}' in {s.TimeZone}; next {(schedule.NextAfter(time.GetUtcNow().UtcDateTime) is { } next ? schedule.Local(next) : "never")}").ConfigureAwait(false);
        await output.WriteLineAsync($"  delivery: {Channels(s)}; format {s.Format}").ConfigureAwait(false);
    }

    private static string Channels(RptSubscription s) =>
        string.Join(" + ", new[] { s.SendEmail ? "e-mail to the region's recipients" : null, s.DropFolder is { } f ? $"file drop {f}" : null }.OfType<string>());
}
