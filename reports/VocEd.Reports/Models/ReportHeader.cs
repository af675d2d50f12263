using VocEd.Reports.Catalog;

namespace VocEd.Reports.Models;

/// <summary>
/// What every sheet of a report says about itself: which report, which region and year, the parent region compared
/// with, when the cubes were refreshed (UTC), the disclosure minimum and the crosswalk version in force.
/// </summary>
public sealed record ReportHeader(
    string ReportId,
    string Title,
    string ScopeCode,
    string ScopeName,
    ScopeLevel ScopeLevel,
    string? ParentName,
    int Year,
    DateTime? DataAsOfUtc,
    int MinimumDenominator,
    string CrosswalkVersion)
{
    /// <summary>Beijing time has been UTC+8 all year since 1991 (no daylight saving), so a fixed offset is exact and needs no time-zone database.</summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The title line of every sheet, e.g. 广东省 职业教育质量报告（2024学年）.</summary>
    public string TitleLine => $"{ScopeName} {Title}（{Year}-{Year + 1}学年）";

    /// <summary>数据截至 in Beijing time, e.g. 2025-03-01 08:00（北京时间）; 未知 when the cubes carry no refresh time.</summary>
    public string DataAsOfText => DataAsOfUtc is { } utc
        ? (utc + BeijingOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "（北京时间）"
        : "未知";
}
