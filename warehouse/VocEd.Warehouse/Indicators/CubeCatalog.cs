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
        [_regionCode, _regionLevel, new("academic_year", "the year the school year starts (2024 = 2024-2025学年)"), new("school_type", "all, secondary, associate, bachelor or technical")]);

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
        [_regionCode, _regionLevel, new("graduation_year", "the year the graduates finished"), new("major_category_code", "associate-level category code (41–59) for education majors, or the technical category name")]);

    public static IReadOnlyList<CubeDefinition> All { get; } = [Quality, Alignment, AlignmentSection, GraduateFit];

    public static CubeDefinition Get(string table) =>
        All.FirstOrDefault(c => string.Equals(c.Table, table, StringComparison.Ordinal))
        ?? throw new ArgumentException($"unknown cube '{table}': expected one of {string.Join(", ", All.Select(c => c.Table))}", nameof(table));
}
