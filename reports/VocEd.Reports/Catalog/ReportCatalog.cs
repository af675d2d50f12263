namespace VocEd.Reports.Catalog;

/// <summary>
/// The reports officials receive. Ids, titles, sheet names and their order are published (docs/reports.md): a
/// subscription or a bookmark names them, so renaming one is a breaking change.
/// </summary>
public static class ReportCatalog
{
    public const string RegionalQualityId = "regional-quality";
    public const string MajorIndustryAlignmentId = "major-industry-alignment";

    public static ReportDefinition RegionalQuality { get; } = new(
        RegionalQualityId,
        "职业教育质量报告",
        "How good is vocational education here, compared with the nation, the parent region and last year?",
        [ScopeLevel.Nation, ScopeLevel.Province, ScopeLevel.Prefecture],
        [SheetNames.Overview, SheetNames.Regions, SheetNames.SchoolTypes, SheetNames.Trend, SheetNames.Destinations, SheetNames.DataQuality, SheetNames.Notes]);

    /// <summary>A prefecture is allowed, and renders where it has regional_industry data (else: no data).</summary>
    public static ReportDefinition MajorIndustryAlignment { get; } = new(
        MajorIndustryAlignmentId,
        "专业设置与产业需求适配分析",
        "Do the majors' size and structure fit the local industries (总量、结构、质量与当地产业需求相适配)?",
        [ScopeLevel.Nation, ScopeLevel.Province, ScopeLevel.Prefecture],
        [SheetNames.Overview, SheetNames.Sections, SheetNames.Sectors, SheetNames.Regions, SheetNames.GraduateFit, SheetNames.PriorityCoverage, SheetNames.Notes]);

    public static IReadOnlyList<ReportDefinition> All { get; } = [RegionalQuality, MajorIndustryAlignment];

    public static ReportDefinition Get(string? id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id?.Trim(), StringComparison.Ordinal))
        ?? throw new ArgumentException($"unknown report '{id}': use {string.Join(" or ", All.Select(r => r.Id))} (./voced report list)", nameof(id));
}
