using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VocEd.Etl.Ingest;
using VocEd.Scheduler.Access;
using VocEd.Scheduler.Jobs;

namespace VocEd.Scheduler.Scheduling;

/// <summary>The scheduler's registrations: Hangfire (storage, client, filters), the jobs, the plug-in steps' stand-ins, and the servers.</summary>
internal static class SchedulerServices
{
    /// <summary>
    /// Registers Hangfire on <paramref name="storage"/> and the jobs. With <paramref name="runJobs"/>, one Hangfire server
    /// per queue this process serves (<see cref="SchedulerOptions.WorkersFor"/>) and the recurring jobs' registration at start.
    /// </summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services, SchedulerSetup setup, JobStorage storage, bool runJobs)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var options = setup.Scheduler;
        services.AddSingleton(options);
        services.AddSingleton(storage);
        services.AddSingleton<IJobFilterProvider>(Filters(options));
        // Hangfire's log provider is process-wide: each host sets its own logger factory as it starts, so a host built
        // after another was disposed does not log into a disposed factory.
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        services.AddAccess(setup.Warehouse);
        services.AddTransient<InboxScanner>();
        services.AddTransient<SchoolProfileGate>();
        services.AddTransient<ScanInboxJob>();
        services.AddTransient<LoadSubmissionJob>();
        services.AddTransient<StartNightlyChainJob>();
        services.AddTransient<RefreshCubesJob>();
        services.AddTransient<ExportCubesJob>();
        services.AddTransient<RenderDashboardsJob>();
        services.AddTransient<DeliverDueSubscriptionsJob>();
        services.AddTransient<DeliverSubscriptionJob>();
        services.AddTransient<FlagLateSubmissionsJob>();
        services.AddTransient<PurgeQuarantineJob>();
        services.TryAddTransient<IDashboardRenderer, SiteDashboardRenderer>();
        services.TryAddTransient<ISubscriptionDelivery, ReportSubscriptionDelivery>();
        services.TryAddTransient<ILateSubmissionFlagger, NoLateSubmissionFlagger>();

        if (runJobs)
        {
            var ingestDefault = IngestRunner.WorkerCount(setup.Warehouse.Provider, setup.Etl.Workers);
            foreach (var queue in JobQueues.All)
            {
                var workers = options.WorkersFor(queue, ingestDefault);
                if (workers <= 0)
                {
                    continue;
                }

                services.AddHangfireServer((_, server) =>
                {
                    server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{queue}";
                    server.Queues = [queue];
                    server.WorkerCount = workers;
                    server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
                    server.ShutdownTimeout = TimeSpan.FromSeconds(20);
                });
            }

            services.AddHostedService<RecurringJobRegistrar>();
        }

        return services;
    }

    /// <summary>How many workers this process runs for <paramref name="queue"/>.</summary>
    public static int WorkersOf(SchedulerSetup setup, string queue)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return setup.Scheduler.WorkersFor(queue, IngestRunner.WorkerCount(setup.Warehouse.Provider, setup.Etl.Workers));
    }

    /// <summary>The queues this process serves, for the log.</summary>
    public static string ServedQueues(SchedulerSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var ingestDefault = IngestRunner.WorkerCount(setup.Warehouse.Provider, setup.Etl.Workers);
        return string.Join(", ", JobQueues.All.Select(q => (Queue: q, Workers: setup.Scheduler.WorkersFor(q, ingestDefault)))
            .Where(q => q.Workers > 0).Select(q => $"{q.Queue} ×{q.Workers}"));
    }

    /// <summary>
    /// The job filters of this host, instead of Hangfire's global ones: its automatic retry gives way to
    /// <see cref="TransientRetryFilter"/>; continuations, statistics and the <see cref="QueueAttribute"/> of each job stay.
    /// </summary>
    private static JobFilterProviderCollection Filters(SchedulerOptions options)
    {
        var global = new JobFilterCollection
        {
            new ContinuationsSupportAttribute(),
            new StatisticsHistoryAttribute(),
            new TransientRetryFilter(options),
        };
        return new JobFilterProviderCollection(global, new JobFilterAttributeFilterProvider());
    }
}
