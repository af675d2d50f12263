namespace VocEd.Reports.Dashboards;

/// <summary>A child region in a page's drill-down table: its values in the table's column order, and whether it has a page to open.</summary>
public sealed record ChildRegionRow(DashboardRegion Region, bool HasPage, IReadOnlyList<DashboardValue> Values);
