namespace VocEd.Scheduler.Jobs;

/// <summary>
/// Renders the report dashboards after each nightly refresh (the step <c>render-dashboards</c>). The dashboards'
/// renderer plugs in with one registration: <c>services.AddTransient&lt;IDashboardRenderer, TheRenderer&gt;()</c>;
/// until then <see cref="NoDashboardRenderer"/> stands in. Returns one line saying what it rendered.
/// </summary>
public interface IDashboardRenderer
{
    Task<string> RenderAsync(CancellationToken ct);
}
