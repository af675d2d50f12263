using Hangfire;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Tests.Scheduling;

/// <summary>A job that meets a passing fault on its first two attempts, then succeeds.</summary>
internal sealed class FlakyTestJob
{
    public static int Attempts;

    private readonly string _done = "done";

    [Queue(JobQueues.Reports)]
    public Task<string> RunAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Interlocked.Increment(ref Attempts) <= 2 ? throw new TimeoutException("the database did not answer in time") : Task.FromResult(_done);
    }
}

/// <summary>A job with a lasting fault: it fails the same way every time.</summary>
internal sealed class BrokenTestJob
{
    public static int Attempts;

    private readonly string _why = "this input is wrong and will stay wrong";

    [Queue(JobQueues.Reports)]
    public Task<string> RunAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Interlocked.Increment(ref Attempts);
        throw new InvalidDataException(_why);
    }
}

/// <summary>A dashboards renderer whose first call fails for good (a bug, not a passing fault); later calls succeed.</summary>
internal sealed class FailingOnceRenderer : IDashboardRenderer
{
    public static int Calls;

    public Task<string> RenderAsync(CancellationToken ct) =>
        Interlocked.Increment(ref Calls) == 1 ? throw new InvalidOperationException("renderer broken tonight") : Task.FromResult("rendered");
}

/// <summary>A dashboards renderer that keeps rendering until its host stops.</summary>
internal sealed class EndlessRenderer : IDashboardRenderer
{
    public static volatile bool Started;

    public async Task<string> RenderAsync(CancellationToken ct)
    {
        Started = true;
        await Task.Delay(Timeout.Infinite, ct);
        return "never";
    }
}
