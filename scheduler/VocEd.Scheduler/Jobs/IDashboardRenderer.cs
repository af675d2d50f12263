namespace VocEd.Scheduler.Jobs;

/// <summary>
/// Renders the report dashboards after each nightly refresh (the step <c>render-dashboards</c>): by default the static
/// site (<see cref="SiteDashboardRenderer"/>); a host registers another with <c>services.AddTransient&lt;IDashboardRenderer,
/// TheRenderer&gt;()</c> before the scheduler's registrations. Returns one line saying what it rendered.
/// </summary>
public interface IDashboardRenderer
{
    Task<string> RenderAsync(CancellationToken ct);
}
