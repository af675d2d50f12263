using System.Globalization;
using Hangfire.Common;
using Hangfire.States;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Replaces Hangfire's automatic retry: a job that failed with a transient fault (<see cref="JobFaults"/>) is scheduled
/// again after a delay that doubles with each attempt (from <see cref="SchedulerOptions.RetryDelaySeconds"/>, at most an
/// hour) up to <see cref="SchedulerOptions.RetryAttempts"/>; a deferred one after <see cref="SchedulerOptions.DeferSeconds"/>
/// up to <see cref="SchedulerOptions.DeferAttempts"/>; a permanent fault stays failed at once. A job left failed ends
/// its chain: its continuations wait, and the next occurrence of its recurring job starts afresh.
/// </summary>
internal sealed class TransientRetryFilter(SchedulerOptions options) : JobFilterAttribute, IElectStateFilter
{
    public const string RetryCountParameter = "RetryCount";
    public const string DeferCountParameter = "DeferCount";

    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not FailedState failed)
        {
            return;
        }

        if (JobFaults.IsDeferred(failed.Exception))
        {
            var deferrals = context.GetJobParameter<int>(DeferCountParameter) + 1;
            if (deferrals <= options.DeferAttempts)
            {
                context.SetJobParameter(DeferCountParameter, deferrals);
                context.CandidateState = new ScheduledState(TimeSpan.FromSeconds(options.DeferSeconds))
                {
                    Reason = string.Create(CultureInfo.InvariantCulture, $"deferred ({deferrals}): {Message(failed.Exception)}"),
                };
            }

            return;
        }

        if (!JobFaults.IsTransient(failed.Exception))
        {
            return; // permanent: recorded as failed, not retried
        }

        var attempt = context.GetJobParameter<int>(RetryCountParameter) + 1;
        if (attempt > options.RetryAttempts)
        {
            return;
        }

        context.SetJobParameter(RetryCountParameter, attempt);
        var delay = TimeSpan.FromSeconds(Math.Min(options.RetryDelaySeconds * Math.Pow(2, attempt - 1), TimeSpan.FromHours(1).TotalSeconds));
        context.CandidateState = new ScheduledState(delay)
        {
            Reason = string.Create(CultureInfo.InvariantCulture, $"Retry attempt {attempt} of {options.RetryAttempts} (transient): {Message(failed.Exception)}"),
        };
    }

    private static string Message(Exception exception)
    {
        var inner = exception.InnerException is { } i && exception is TransientJobException ? i : exception;
        var text = $"{inner.GetType().Name}: {inner.Message}".ReplaceLineEndings(" ");
        return text.Length <= 300 ? text : text[..300];
    }
}
