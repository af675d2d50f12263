using Hangfire;

namespace VocEd.Scheduler.Scheduling;

/// <summary>Registers the recurring jobs when a host that runs jobs starts.</summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager manager, SchedulerOptions options, ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (registered, removed) = RecurringJobs.Register(manager, options);
        SchedulerLog.RecurringRegistered(logger, registered, options.TimeZone, removed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
