namespace VocEd.Scheduler.Jobs;

/// <summary>Stands in for the dashboards' renderer until one is registered: renders nothing, succeeds.</summary>
internal sealed class NoDashboardRenderer : IDashboardRenderer
{
    public Task<string> RenderAsync(CancellationToken ct) => Task.FromResult("no dashboards renderer registered: nothing rendered");
}
