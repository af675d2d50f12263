namespace VocEd.Reports.Dashboards;

/// <summary>A region a page is about or links to: code (`CN`, 2-digit province, 4-digit prefecture), Chinese name and level.</summary>
public sealed record DashboardRegion(string Code, string Name, string Level)
{
    public const string Nation = "nation";
    public const string Province = "province";
    public const string Prefecture = "prefecture";
}
