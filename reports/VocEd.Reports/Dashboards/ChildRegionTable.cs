namespace VocEd.Reports.Dashboards;

/// <summary>The drill-down table of a page: one row per child region (provinces of the nation, prefectures of a province).</summary>
public sealed record ChildRegionTable(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<ChildRegionRow> Rows, string? Note = null);
