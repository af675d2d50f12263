using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Scheduling;

/// <summary>Waits on Hangfire's storage for jobs to finish: what `voced demo` (and the tests) use to follow a run.</summary>
internal static class JobWaiter
{
    private static readonly TimeSpan _poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits until the job has succeeded, failed for good or been deleted; returns that state's name.</summary>
    public static async Task<string> FinalStateAsync(JobStorage storage, string jobId, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var connection = storage.GetConnection())
            {
                var state = connection.GetJobData(jobId)?.State;
                if (state is not null && (state == SucceededState.StateName || state == FailedState.StateName || state == DeletedState.StateName))
                {
                    return state;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"job {jobId} did not finish within {timeout}");
            }

            await Task.Delay(_poll, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until every registered submission has been dealt with (none received or claimed) and no job is enqueued,
    /// processing or scheduled (a retry or a wait) on any queue.
    /// </summary>
    public static async Task LoadsDoneAsync(JobStorage storage, IWarehouseContextFactory warehouse, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(warehouse);
        var deadline = DateTime.UtcNow + timeout;
        var quietTimes = 0;
        while (quietTimes < 2)
        {
            var api = storage.GetMonitoringApi();
            var busy = api.ProcessingCount() + api.ScheduledCount() + api.Queues().Sum(q => api.EnqueuedCount(q.Name));
            await using var db = warehouse.CreateContext();
            var pending = await db.EtlSubmissions.CountAsync(s => s.Status == SubmissionStatuses.Received || s.Status == SubmissionStatuses.Claimed, ct).ConfigureAwait(false);
            quietTimes = busy == 0 && pending == 0 ? quietTimes + 1 : 0;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"loads not done within {timeout}: {pending} submission(s) pending, {busy} job(s) queued or running");
            }

            await Task.Delay(_poll, ct).ConfigureAwait(false);
        }
    }
}
