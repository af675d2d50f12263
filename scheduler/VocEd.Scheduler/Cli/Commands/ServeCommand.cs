using System.CommandLine;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced serve [--urls URL] [--no-web] [--no-jobs]`: the scheduler host — Hangfire servers running the recurring jobs
/// and the loads, the Hangfire dashboard at /hangfire and /healthz. --no-web: a worker process only (several may serve one
/// warehouse); --no-jobs: the web face only. Runs until interrupted (Ctrl+C, SIGTERM), then stops gracefully: running
/// jobs are cancelled and go back to their queue.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Where the web host listens (default http://127.0.0.1:5080).", DefaultValueFactory = _ => DefaultUrls, HelpName = "URL" };
        var noWeb = new Option<bool>("--no-web") { Description = "A worker process only: Hangfire servers, no web host." };
        var noJobs = new Option<bool>("--no-jobs") { Description = "The web host only: no Hangfire server in this process." };
        var command = new Command("serve", "Run the scheduler host: the recurring jobs (scan-inbox, the nightly refresh chain, …) on Hangfire, the Hangfire dashboard at /hangfire (answers only this machine until accounts exist) and /healthz. Settings: section Scheduler of appsettings.json (docs/scheduler.md).")
        {
            urls,
            noWeb,
            noJobs,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var web = !ctx.Parse.GetValue(noWeb);
            var jobs = !ctx.Parse.GetValue(noJobs);
            if (!web && !jobs)
            {
                throw new UserErrorException("--no-web and --no-jobs together leave nothing to run");
            }

            var setup = ctx.SchedulerSetup();
            var url = ctx.Parse.GetValue(urls) ?? DefaultUrls;
            IHost host = web ? SchedulerHost.BuildWeb(setup, url, jobs, LogLevel.Information, access: ctx.Settings.AccessSettings()) : SchedulerHost.BuildWorker(setup, LogLevel.Information);
            await host.StartAsync(ct).ConfigureAwait(false);
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VocEd.Scheduler.Serve");
            var mode = web ? (jobs ? "web and jobs on " + url : "web only on " + url) : "worker (no web)";
            var storage = HangfireStorageFactory.Describe(setup.Warehouse, setup.Scheduler);
            var queues = jobs ? SchedulerServices.ServedQueues(setup) : "none";
            SchedulerLog.HostStarted(logger, mode, storage, queues);
            if (web && !await host.Services.GetRequiredService<Access.AccessStore>().AnyAdminAsync(ct).ConfigureAwait(false))
            {
                SchedulerLog.DashboardLocalOnly(logger, url.Split(';')[0].TrimEnd('/') + SchedulerHost.DashboardPath);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop below.
            }

            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            if (host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }

            return 0;
        }));
        return command;
    }
}
