namespace VocEd.Reports.Dashboards;

/// <summary>What a render wrote: pages, charts (each as PNG and SVG), and the path of the scope's top page.</summary>
public sealed record DashboardRenderResult(int Pages, int Charts, string TopPage);
