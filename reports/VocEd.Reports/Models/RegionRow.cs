namespace VocEd.Reports.Models;

/// <summary>
/// One row of 分地区: a child region (provinces of the nation, prefectures of a province) or a school (of a
/// prefecture) with every cube_quality indicator. <see cref="NameFromSubmission"/> marks a school name as a school
/// sent it (written as text that can never run as a formula). <see cref="Breaches"/> lists the thresholds missed
/// (e.g. 高职专科 生师比). <see cref="StudentCountMismatch"/> is null until the cubes carry the flag.
/// </summary>
public sealed record RegionRow(
    string Code,
    string Name,
    bool NameFromSubmission,
    string? SchoolTypeName,
    IndicatorValues Values,
    IReadOnlyList<string> Breaches,
    bool? StudentCountMismatch = null);
