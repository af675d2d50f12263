using System.CommandLine;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced jobs list|trigger ID|history`: the scheduled jobs for people without the dashboard, read from the same
/// Hangfire storage the hosts use. `list` and `trigger` register the recurring jobs from the settings first, as a
/// starting host does; a triggered job runs on a `voced serve` worker.
/// </summary>
internal static class JobsCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var list = new Command("list", "The recurring jobs: id, cron, time zone, next and last run, last state.");
        list.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var setup = ctx.SchedulerSetup();
            var storage = HangfireStorageFactory.Create(setup.Warehouse, setup.Scheduler);
            RecurringJobs.Register(new RecurringJobManager(storage), setup.Scheduler);
            using var connection = storage.GetConnection();
            var zone = setup.Scheduler.Zone();
            await ctx.Out.WriteLineAsync($"{"id",-28}{"cron",-16}{"time zone",-16}{"next run",-22}{"last run",-22}last state").ConfigureAwait(false);
            foreach (var job in connection.GetRecurringJobs().OrderBy(j => JobIds.All.ToList().IndexOf(j.Id)))
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{job.Id,-28}{job.Cron,-16}{job.TimeZoneId,-16}{Local(job.NextExecution, zone),-22}{Local(job.LastExecution, zone),-22}{job.LastJobState ?? "-"}")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync($"times in {setup.Scheduler.TimeZone}; Hangfire storage: {HangfireStorageFactory.Describe(setup.Warehouse, setup.Scheduler)}").ConfigureAwait(false);
            return 0;
        }));

        var id = new Argument<string>("ID") { Description = "A recurring job's id (see `voced jobs list`)." };
        var trigger = new Command("trigger", "Enqueue a recurring job now (a running `voced serve` picks it up).") { id };
        trigger.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var name = ctx.Parse.GetValue(id) ?? string.Empty;
            if (!JobIds.All.Contains(name, StringComparer.Ordinal))
            {
                throw new UserErrorException($"unknown job '{name}': use one of {string.Join(", ", JobIds.All)}");
            }

            var setup = ctx.SchedulerSetup();
            var storage = HangfireStorageFactory.Create(setup.Warehouse, setup.Scheduler);
            var manager = new RecurringJobManager(storage);
            RecurringJobs.Register(manager, setup.Scheduler);
            if (setup.Scheduler.Cron(name) is null)
            {
                throw new UserErrorException($"job '{name}' is switched off in the settings (Scheduler:Crons:{name})");
            }

            var job = manager.TriggerJob(name);
            await ctx.Out.WriteLineAsync($"{name}: enqueued as job {job ?? "?"}; a `voced serve` worker runs it (see `voced jobs history`)").ConfigureAwait(false);
            return 0;
        }));

        var limit = new Option<int>("--limit") { Description = "How many jobs per state (default 20).", DefaultValueFactory = _ => 20 };
        var history = new Command("history", "The latest jobs: processing, scheduled (retries and waits), failed, succeeded, with results and reasons.") { limit };
        history.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var setup = ctx.SchedulerSetup();
            var storage = HangfireStorageFactory.Create(setup.Warehouse, setup.Scheduler);
            var n = Math.Max(1, ctx.Parse.GetValue(limit));
            var api = storage.GetMonitoringApi();
            var rows = new List<(DateTime? At, string Id, string State, string Job, string Detail)>();
            rows.AddRange(api.ProcessingJobs(0, n).Select(j => (j.Value.StartedAt, j.Key, "processing", Name(j.Value.Job), "on " + j.Value.ServerId)));
            rows.AddRange(api.ScheduledJobs(0, n).Select(j => (j.Value.ScheduledAt, j.Key, "scheduled", Name(j.Value.Job), "runs at " + Utc(j.Value.EnqueueAt))));
            rows.AddRange(api.FailedJobs(0, n).Select(j => (j.Value.FailedAt, j.Key, "failed", Name(j.Value.Job), $"{j.Value.ExceptionType}: {j.Value.ExceptionMessage}")));
            rows.AddRange(api.SucceededJobs(0, n).Select(j => (j.Value.SucceededAt, j.Key, "succeeded", Name(j.Value.Job), Result(j.Value.Result))));
            foreach (var queue in api.Queues())
            {
                rows.AddRange(api.EnqueuedJobs(queue.Name, 0, n).Select(j => (j.Value.EnqueuedAt, j.Key, "enqueued", Name(j.Value.Job), "queue " + queue.Name)));
            }

            foreach (var row in rows.OrderByDescending(r => r.At ?? DateTime.MaxValue))
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{Utc(row.At),-22}{row.State,-12}#{row.Id,-8}{row.Job}  {row.Detail.ReplaceLineEndings(" ")}")).ConfigureAwait(false);
            }

            var stats = api.GetStatistics();
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"totals: {stats.Enqueued} enqueued, {stats.Scheduled} scheduled, {stats.Processing} processing, {stats.Succeeded} succeeded, {stats.Failed} failed, {stats.Recurring} recurring, {stats.Servers} server(s)")).ConfigureAwait(false);
            return 0;
        }));

        return new Command("jobs", "The scheduled jobs without the dashboard: list the recurring jobs, trigger one, show the latest jobs.")
        {
            list,
            trigger,
            history,
        };
    }

    private static string Name(Job? job) =>
        job is null ? "(unknown job)" : job.Type.Name + "(" + string.Join(", ", job.Args.Where(a => a is not CancellationToken).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a}"))) + ")";

    private static string Result(object? result)
    {
        var text = Convert.ToString(result, CultureInfo.InvariantCulture)?.Trim('"') ?? string.Empty;
        return text.Length <= 160 ? text : text[..160];
    }

    private static string Utc(DateTime? at) => at is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z" : "-";

    private static string Local(DateTime? at, TimeZoneInfo zone) =>
        at is { } t ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";
}
