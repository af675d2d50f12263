namespace VocEd.Warehouse.Reference;

// A closed family of tiny records, one per reference file (see ReferenceData/SOURCES.md).

/// <summary>One provincial division (regions-provinces.csv + economic-regions.csv).</summary>
public sealed record ProvinceRef(string Code, string NameZh, string EconomicRegion);

/// <summary>One prefecture row, pseudo-prefectures included (regions-cities.csv).</summary>
public sealed record PrefectureRef(string Code, string NameZh, string ProvinceCode);

/// <summary>One county-level row (regions-areas.csv).</summary>
public sealed record CountyRef(string Code, string NameZh, string PrefectureCode, string ProvinceCode);

/// <summary>One of the four economic regions (东部/中部/西部/东北).</summary>
public sealed record EconomicRegionRef(string Code, string NameZh);

/// <summary>One major catalog version (major-catalogs.csv).</summary>
public sealed record MajorCatalogRef(
    string CatalogCode, string Version, string NameZh, DateOnly EffectiveFrom, string Status, string ScopeRegionCode, string Source);

/// <summary>One 专业大类 at one level (major-categories.csv).</summary>
public sealed record MajorCategoryRef(string Level, string CategoryCode, string NameZh, string NameEn)
{
    /// <summary>The same category at associate-level position (41–59): bachelor +20, secondary −20.</summary>
    public string AssociateCategoryCode => MajorLevels.ToAssociateCode(Level, CategoryCode);
}

/// <summary>One 专业类 at associate-level code (major-classes.csv).</summary>
public sealed record MajorClassRef(string AssociateClassCode, string NameZh, string Status);

/// <summary>One education-catalog major (education-majors.csv).</summary>
public sealed record EducationMajorRef(string Level, string MajorCode, string NameZh, bool IsSynthetic, string Source);

/// <summary>
/// One technical-school category (technical-categories.csv): its catalog prefix (empty for provincial-only categories), its
/// code in the cubes (<c>T</c> + the prefix, or T90/T99 for the provincial-only ones) and its name.
/// </summary>
public sealed record TechnicalCategoryRef(string Prefix, string CubeCode, string NameZh, string Note);

/// <summary>One technical-school major (technical-majors.csv), keyed by catalog.</summary>
public sealed record TechnicalMajorRef(string CatalogCode, string MajorCode, string NameZh, string CategoryZh, string Source);

/// <summary>Duration of a technical programme for a (training level, entry level) pair.</summary>
public sealed record TechnicalDurationRef(string TrainingLevel, string TrainingLevelZh, string EntryLevel, string EntryLevelZh, int Years);

/// <summary>One school type and the majors it may teach (school-types.csv).</summary>
public sealed record SchoolTypeRef(
    string Code, string NameZh, string Track, string MajorCatalog, string MajorLevel, int? CategoryMin, int? CategoryMax);

/// <summary>One GB/T 4754-2017 section (industry-sections.csv).</summary>
public sealed record IndustrySectionRef(string Section, string NameZh, string NameEn, int DivisionFrom, int DivisionTo, int Sector);

/// <summary>One weighted crosswalk edge: a major category to an industry section.</summary>
public sealed record CrosswalkRef(string Crosswalk, string CategoryCode, string Section, decimal Weight, DateOnly EffectiveFrom);

/// <summary>
/// One 毕业去向 code, its group (employed, further_study, abroad, not_placed) and its report group (one of
/// <see cref="ReportGroups"/>, the groups of cube_destination) (destination-codes.csv).
/// </summary>
public sealed record DestinationRef(
    string Code, string NameZh, string Group, string ReportGroup, bool IsPlaced, bool IsEmployed, bool IsFurtherStudy, bool IsSelfEmployed)
{
    /// <summary>The report groups in the order the reports list them: each is a column of the per-school base and a row of cube_destination.</summary>
    public static IReadOnlyList<string> ReportGroups { get; } =
    [
        "employed_agreement", "employed_contract", "employed_other", "employed_project", "self_employed", "freelance",
        "further_study", "abroad", "awaiting", "not_seeking",
    ];
}

/// <summary>
/// The deadline of one kind of submission (submission-deadlines.csv): <see cref="Month"/>-<see cref="Day"/> of the year the
/// submission is for plus <see cref="YearsAfter"/>; a submission is late when it is first received after 23:59:59 Beijing
/// time on that day.
/// </summary>
public sealed record SubmissionDeadlineRef(string SubmissionKind, int YearsAfter, int Month, int Day, string Source)
{
    /// <summary>The deadline date of the submission for <paramref name="year"/> (its academic, graduation or calendar year).</summary>
    public DateOnly DateFor(int year) => new(year + YearsAfter, Month, Day);
}

/// <summary>One published national total (national-figures.csv).</summary>
public sealed record NationalFigureRef(int Year, string Scope, string Metric, decimal Value, string Unit, string Source);

/// <summary>
/// One policy threshold (policy-thresholds.csv): an indicator of a school type must be <c>&lt;=</c> or <c>&gt;=</c>
/// <see cref="Value"/> to reach <see cref="Level"/>; <see cref="Source"/> names the document that sets it.
/// </summary>
public sealed record PolicyThresholdRef(string SchoolType, string Indicator, string Comparison, decimal Value, string Unit, string Level, string Source)
{
    public const string AtMost = "<=";
    public const string AtLeast = ">=";

    /// <summary>True when <paramref name="value"/> misses the threshold; null when there is no value to judge.</summary>
    public bool? IsBreachedBy(double? value) => value is not { } v
        ? null
        : string.Equals(Comparison, AtMost, StringComparison.Ordinal) ? v > (double)Value : v < (double)Value;
}
