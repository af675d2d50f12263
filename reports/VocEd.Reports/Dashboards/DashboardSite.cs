namespace VocEd.Reports.Dashboards;

/// <summary>
/// Everything a dashboard site shows, as plain values: the academic year, when the cubes were refreshed
/// (<see cref="DataAsOfUtc"/>, shown as "数据截至" in Beijing time), the disclosure minimum, and one page per region.
/// </summary>
public sealed record DashboardSite(int AcademicYear, DateTime DataAsOfUtc, int MinimumDenominator, IReadOnlyList<DashboardPage> Pages);
