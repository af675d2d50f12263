namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// A job that cannot go on yet and should run again shortly: its submission's claim is held by another worker, its
/// school's profile is still being received or loaded, another refresh holds the lock. Not a fault: it is rescheduled
/// after <see cref="SchedulerOptions.DeferSeconds"/>, up to <see cref="SchedulerOptions.DeferAttempts"/> times.
/// </summary>
public sealed class JobDeferredException : Exception
{
    public JobDeferredException()
    {
    }

    public JobDeferredException(string message)
        : base(message)
    {
    }

    public JobDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
