using VocEd.Reports.Charts;

namespace VocEd.Reports.Dashboards;

/// <summary>
/// One region's page: where it sits (<see cref="Ancestors"/>, nation first), its indicator tiles, the alignment
/// panel, the charts it has data for (null where it has none) and the regions it drills down to.
/// </summary>
public sealed record DashboardPage(
    DashboardRegion Region,
    IReadOnlyList<DashboardRegion> Ancestors,
    IReadOnlyList<KpiTile> Kpis,
    AlignmentPanel Alignment,
    ChildRegionTable Children,
    TrendChartModel? Trends = null,
    SectionShareChartModel? SectionShares = null,
    LocationQuotientChartModel? LocationQuotients = null,
    ProvinceTileMapModel? ProvinceMap = null);
