using System.Globalization;
using VocEd.Reports.Cubes;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Scheduler.Scheduling;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// The nightly <c>render-dashboards</c> step: the whole dashboard site (nation, provinces, prefectures) of the latest
/// academic year with data, into <see cref="SchedulerOptions.Dashboards"/> — what <c>voced dashboards --out</c> writes.
/// Cubes without any data yet are not a fault of the chain: the step says so and succeeds.
/// </summary>
internal sealed class SiteDashboardRenderer(WarehouseOptions warehouse, SchedulerOptions options) : IDashboardRenderer
{
    public async Task<string> RenderAsync(CancellationToken ct)
    {
        DashboardSite site;
        try
        {
            site = await DashboardModelBuilder.BuildAsync(warehouse, SitePaths.Nation, null, DisclosureControl.DefaultMinimumDenominator, ct).ConfigureAwait(false);
        }
        catch (DashboardDataException e)
        {
            return "nothing rendered: " + e.Message;
        }

        var result = await DashboardRenderer.RenderAsync(site, options.Dashboards, SitePaths.Nation, ct).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"rendered the dashboards ({result.Pages} pages, {result.Charts} charts) of academic year {site.AcademicYear}: open {result.TopPage}");
    }
}
