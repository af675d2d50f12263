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
        [_regionCode, _regionLevel, new("graduation_year", "the year the graduates finished"), new("major_category_code", "the category's code: its associate-level position (41–59) for education majors, T + the technical catalog's category prefix for technical majors (T01 机械类 … T14; T90 能源类 and T99 其他 for provincial-only categories)")])
    {
        Attributes = [new("major_category_name", CubeDescriptiveType.Text, "the category's Chinese name (专业大类名称)")],
    };

    private static readonly CubeKeyColumn _academicYear = new("academic_year", "the year the school year starts (2024 = 2024-2025学年)");
    private static readonly CubeKeyColumn _schoolCode = new("school_code", "学校标识码 (10 digits)");
    private static readonly CubeKeyColumn _schoolType = new("school_type", "all, secondary, associate, bachelor or technical");
    private static readonly CubeDescriptiveColumn _schoolName = new("school_name", CubeDescriptiveType.Text, "the school's name as its school_profile gives it (text from a submission)");
    private static readonly CubeDescriptiveColumn _countyCode = new("county_code", CubeDescriptiveType.Text, "the school's county (6 digits), as its school version of the year records it");
    private static readonly CubeDescriptiveColumn _prefectureCode = new("prefecture_code", CubeDescriptiveType.Text, "the county's prefecture (4 digits)");
    private static readonly CubeDescriptiveColumn _provinceCode = new("province_code", CubeDescriptiveType.Text, "the county's province (2 digits)");
    private static readonly CubeDescriptiveColumn _economicRegion = new("economic_region", CubeDescriptiveType.Text, "east, central, west or northeast");
    private static readonly CubeDescriptiveColumn _status = new("status", CubeDescriptiveType.Text, "loaded (a version is loaded), quarantined (none is and the latest is quarantined), pending (nothing loaded, before the deadline) or missing (after it)");
    private static readonly CubeDescriptiveColumn _firstReceivedAt = new("first_received_at", CubeDescriptiveType.Timestamp, "when the first version was received (UTC); empty when none was");
    private static readonly CubeDescriptiveColumn _deadlineDate = new("deadline_date", CubeDescriptiveType.Date, "the deadline (reference/submission-deadlines.csv); late means first received after 23:59:59 Beijing time that day");
    private static readonly CubeDescriptiveColumn _submissionId = new("submission_id", CubeDescriptiveType.WholeNumber, "the version that counts (etl_submission): the loaded one, or else the latest received");

    public static CubeDefinition QualitySchool { get; } = new(
        "cube_quality_school",
        "one row per (school_code, academic_year)",
        [_schoolCode, _academicYear])
    {
        Attributes =
        [
            _schoolName,
            new("school_type", CubeDescriptiveType.Text, "secondary, associate, bachelor or technical"),
            _countyCode, _prefectureCode, _provinceCode, _economicRegion,
        ],
    };

    public static CubeDefinition Destination { get; } = new(
        "cube_destination",
        "one row per (region_code, academic_year, school_type, destination_group)",
        [_regionCode, _regionLevel, _academicYear, _schoolType, new("destination_group", "employed_agreement 10, employed_contract 11, employed_other 12, employed_project 27/46/50/51, self_employed 75, freelance 76, further_study 80/81/82, abroad 85, awaiting 70, not_seeking 71/72")]);

    public static CubeDefinition SubmissionStatus { get; } = new(
        "cube_submission_status",
        "one row per (school_code, academic_year, submission_kind) of every school expected in the year",
        [_schoolCode, _academicYear, new("submission_kind", "school_profile, enrollment or graduate_destination (the file of graduation year academic_year + 1)")])
    {
        Attributes = [_schoolName, _countyCode, _prefectureCode, _provinceCode, _economicRegion, _status, _firstReceivedAt, _deadlineDate, _submissionId],
    };

    public static CubeDefinition SubmissionStatusRegion { get; } = new(
        "cube_submission_status_region",
        "one row per (region_code, year) for regional_industry: the nation and the 31 provinces, and any other region that submitted",
        [_regionCode, _regionLevel, new("year", "the calendar year of the regional_industry data")])
    {
        Attributes =
        [
            new("is_expected", CubeDescriptiveType.Boolean, "true for the nation and the provinces, which are expected every year"),
            _status, _firstReceivedAt, _deadlineDate, _submissionId,
        ],
    };

    public static CubeDefinition SubmissionCoverage { get; } = new(
        "cube_submission_coverage",
        "one row per (region_code, academic_year, submission_kind)",
        [_regionCode, _regionLevel, _academicYear, new("submission_kind", "school_profile, enrollment or graduate_destination")]);

    public static CubeDefinition PriorityCoverage { get; } = new(
        "cube_priority_coverage",
        "one row per (region_code, academic_year, priority) where the region has regional_industry of calendar year academic_year (the nation and economic regions: the national file)",
        [_regionCode, _regionLevel, _academicYear, new("priority", "key (重点产业), strategic_emerging (战略性新兴产业) or future (未来产业)")]);

    public static IReadOnlyList<CubeDefinition> All { get; } =
        [Quality, Alignment, AlignmentSection, GraduateFit, QualitySchool, Destination, SubmissionStatus, SubmissionStatusRegion, SubmissionCoverage, PriorityCoverage];

    public static CubeDefinition Get(string table) =>
        All.FirstOrDefault(c => string.Equals(c.Table, table, StringComparison.Ordinal))
        ?? throw new ArgumentException($"unknown cube '{table}': expected one of {string.Join(", ", All.Select(c => c.Table))}", nameof(table));
}
