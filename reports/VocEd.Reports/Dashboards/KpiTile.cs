using VocEd.Reports.Formatting;

namespace VocEd.Reports.Dashboards;

/// <summary>
/// One indicator on a page: its value, the parent region's (null for the nation, which has none), last year's,
/// and the change against last year (percentage points for rates). <see cref="Indicator"/> is the cube column.
/// </summary>
public sealed record KpiTile(
    string Indicator,
    string Label,
    ValueFormat Format,
    DashboardValue Current,
    DashboardValue? Parent,
    DashboardValue LastYear,
    string? Note = null)
{
    /// <summary>This year's value less last year's, when both are shown.</summary>
    public double? Change => Current.HasValue && LastYear.HasValue && Current.Value is { } now && LastYear.Value is { } then ? now - then : null;
}
