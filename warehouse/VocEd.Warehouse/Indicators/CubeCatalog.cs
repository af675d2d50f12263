namespace VocEd.Warehouse.Indicators;

/// <summary>The published cubes (docs/cubes.md): names, grains and keys exactly as the contract says.</summary>
public static class CubeCatalog
{
    private static readonly CubeKeyColumn _regionCode = new("region_code", "CN, an economic region (east, central, west, northeast), a 2-digit province or a 4-digit prefecture code (NBS statistical code list, 2022)");
    private static readonly CubeKeyColumn _regionLevel = new("region_level", "nation, economic_region, province or prefecture");
    private static readonly CubeKeyColumn _supplyBasis = new("supply_basis", "enrollment (students of academic year Y by major) or graduates (graduation_year Y + 1)");
    private static readonly CubeKeyColumn _demandBasis = new("demand_basis", "value_added (增加值, 亿元) or employment (就业, 万人) from regional_industry of calendar year Y");

    public static CubeDefinition Quality { get; } = new(
        "cube_quality",
        "one row per (region_code, academic_year, school_type)",
        [_regionCode, _regionLevel, new("academic_year", "the year the school year starts (2024 = 2024-2025学年)"), new("school_type", "all, secondary, associate, bachelor or technical")],
        FlagColumns: [new("students_differ", "true when students (enrollment rows) and students_reported (Σ students_total of the school profiles) differ by more than 10 % of the larger: 生师比 and 生均仪器设备值 use students_reported")]);

    public static CubeDefinition Alignment { get; } = new(
        "cube_alignment",
        "one row per (region_code, year, supply_basis, demand_basis)",
        [_regionCode, _regionLevel, new("year", "academic year Y, paired with regional_industry of calendar year Y"), _supplyBasis, _demandBasis]);

    public static CubeDefinition AlignmentSection { get; } = new(
        "cube_alignment_section",
        "one row per (region_code, year, supply_basis, demand_basis, industry_section)",
        [_regionCode, _regionLevel, new("year", "academic year Y, paired with regional_industry of calendar year Y"), _supplyBasis, _demandBasis, new("industry_section", "GB/T 4754-2017 section A–T")]);

    public static CubeDefinition GraduateFit { get; } = new(
        "cube_graduate_fit",
        "one row per (region_code, graduation_year, major_category_code)",
        [_regionCode, _regionLevel, new("graduation_year", "the year the graduates finished"), new("major_category_code", "the category's code: its associate-level position (41–59) for education majors, T + the technical catalog's category prefix for technical majors (T01 机械类 … T14; T90 能源类 and T99 其他 for provincial-only categories)")],
        [new("major_category_name", "the category's Chinese name (专业大类名称)")]);

    public static IReadOnlyList<CubeDefinition> All { get; } = [Quality, Alignment, AlignmentSection, GraduateFit];

    public static CubeDefinition Get(string table) =>
        All.FirstOrDefault(c => string.Equals(c.Table, table, StringComparison.Ordinal))
        ?? throw new ArgumentException($"unknown cube '{table}': expected one of {string.Join(", ", All.Select(c => c.Table))}", nameof(table));
}
