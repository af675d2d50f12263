namespace VocEd.Warehouse.Indicators;

/// <summary>
/// Every indicator of the cubes, defined once (docs/cubes.md). The refresh SQL computes what
/// is written here; the codebook, the data dictionary, `voced cube query` and the reports read their
/// names, units, formulas and disclosure rules from here.
/// </summary>
public static class IndicatorRegistry
{
    private const string _quality = "cube_quality";
    private const string _alignment = "cube_alignment";
    private const string _section = "cube_alignment_section";
    private const string _fit = "cube_graduate_fit";
    private const string _quality6 = "docs/cubes.md, cube_quality";
    private const string _align6 = "docs/cubes.md, cube_alignment";
    private const string _section6 = "docs/cubes.md, cube_alignment_section";
    private const string _fit6 = "docs/cubes.md, cube_graduate_fit";
    private const string _school = "cube_quality_school";
    private const string _destination = "cube_destination";
    private const string _status = "cube_submission_status";
    private const string _statusRegion = "cube_submission_status_region";
    private const string _coverage = "cube_submission_coverage";
    private const string _priority = "cube_priority_coverage";
    private const string _school6 = "docs/cubes.md, cube_quality_school";
    private const string _destination6 = "docs/cubes.md, cube_destination";
    private const string _submission6 = "docs/cubes.md, submission status and coverage";
    private const string _priority6 = "docs/cubes.md, cube_priority_coverage";

    private static readonly Indicator _studentCountMismatch = new(
        Id: "quality.student_count_mismatch", Cube: _quality, Column: "student_count_mismatch", Kind: IndicatorKind.Flag,
        NameZh: "在籍人数与概况不符", NameEn: "Student counts disagree",
        Numerator: "students (enrollment rows) and Σ students_total (school profiles; 生师比 and 生均仪器设备值 use the latter) differ by more than 10 % of Σ students_total", Denominator: "—", Unit: "true/false (empty without a profile)",
        Formula: "|students − Σ students_total| > 0.1 × Σ students_total", Source: _quality6);

    private static readonly IReadOnlyList<Indicator> _qualityIndicators =
    [
        new(
            Id: "quality.schools", Cube: _quality, Column: "schools", Kind: IndicatorKind.Count,
            NameZh: "学校数", NameEn: "Schools",
            Numerator: "schools with a school_profile for the year", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(school_profile rows)", Source: _quality6),
        new(
            Id: "quality.students", Cube: _quality, Column: "students", Kind: IndicatorKind.Count,
            NameZh: "在籍学生数", NameEn: "Students",
            Numerator: "enrollment rows of the academic year, whatever their status at its end", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(enrollment)", Source: _quality6),
        new(
            Id: "quality.graduates", Cube: _quality, Column: "graduates", Kind: IndicatorKind.Count,
            NameZh: "毕业生数", NameEn: "Graduates",
            Numerator: "graduate_destination rows with graduation_year = academic_year + 1", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(graduate_destination)", Source: _quality6),
        new(
            Id: "quality.employed", Cube: _quality, Column: "employed", Kind: IndicatorKind.Count,
            NameZh: "就业毕业生数", NameEn: "Employed graduates",
            Numerator: "graduates with an employed destination (10, 11, 12, 27, 46, 50, 51, 75, 76)", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(employed)", Source: "docs/domain.md, graduate destinations (employed codes)"),
        new(
            Id: "quality.placement_rate", Cube: _quality, Column: "placement_rate", Kind: IndicatorKind.Rate,
            NameZh: "毕业去向落实率", NameEn: "Placement rate",
            Numerator: "graduates with a destination (every code except 70, 71, 72)", Denominator: "graduates", Unit: "fraction",
            Formula: "placed ÷ graduates", Source: _quality6, DenominatorColumn: "graduates"),
        new(
            Id: "quality.further_study_rate", Cube: _quality, Column: "further_study_rate", Kind: IndicatorKind.Rate,
            NameZh: "升学率", NameEn: "Further-study rate",
            Numerator: "graduates with codes 80, 81, 82", Denominator: "graduates", Unit: "fraction",
            Formula: "further_study ÷ graduates", Source: _quality6, DenominatorColumn: "graduates"),
        new(
            Id: "quality.entrepreneurship_rate", Cube: _quality, Column: "entrepreneurship_rate", Kind: IndicatorKind.Rate,
            NameZh: "自主创业比例", NameEn: "Entrepreneurship rate",
            Numerator: "graduates with code 75", Denominator: "graduates", Unit: "fraction",
            Formula: "self_employed ÷ graduates", Source: _quality6, DenominatorColumn: "graduates"),
        new(
            Id: "quality.related_rate", Cube: _quality, Column: "related_rate", Kind: IndicatorKind.Rate,
            NameZh: "专业相关度(对口率)", NameEn: "Job-major relatedness rate",
            Numerator: "employed graduates whose job relates to the major (job_related = Y)", Denominator: "employed graduates", Unit: "fraction",
            Formula: "job_related ÷ employed", Source: _quality6, DenominatorColumn: "employed"),
        new(
            Id: "quality.local_employment_rate", Cube: _quality, Column: "local_employment_rate", Kind: IndicatorKind.Rate,
            NameZh: "本地就业率(省内)", NameEn: "Local employment rate (province)",
            Numerator: "employed graduates whose employer county is in the school's province", Denominator: "employed graduates", Unit: "fraction",
            Formula: "employed in school's province ÷ employed", Source: _quality6, DenominatorColumn: "employed"),
        new(
            Id: "quality.local_city_employment_rate", Cube: _quality, Column: "local_city_employment_rate", Kind: IndicatorKind.Rate,
            NameZh: "本地就业率(市内)", NameEn: "Local employment rate (prefecture)",
            Numerator: "employed graduates whose employer county is in the school's prefecture", Denominator: "employed graduates", Unit: "fraction",
            Formula: "employed in school's prefecture ÷ employed", Source: _quality6, DenominatorColumn: "employed"),
        new(
            Id: "quality.mean_monthly_salary", Cube: _quality, Column: "mean_monthly_salary", Kind: IndicatorKind.Salary,
            NameZh: "平均月收入", NameEn: "Mean monthly salary",
            Numerator: "Σ monthly salary of employed graduates", Denominator: "employed graduates with a salary", Unit: "元/月 (yuan per month)",
            Formula: "Σ salary ÷ n", Source: _quality6, DenominatorColumn: "employed"),
        new(
            Id: "quality.median_monthly_salary", Cube: _quality, Column: "median_monthly_salary", Kind: IndicatorKind.Salary,
            NameZh: "月收入中位数", NameEn: "Median monthly salary",
            Numerator: "the middle salary of employed graduates (mean of the two middle values for an even count)", Denominator: "—", Unit: "元/月 (yuan per month)",
            Formula: "median(salary) = percentile_cont(0.5)", Source: _quality6, DenominatorColumn: "employed"),
        new(
            Id: "quality.students_reported", Cube: _quality, Column: "students_reported", Kind: IndicatorKind.Count,
            NameZh: "在校生数(学校报表)", NameEn: "Students reported",
            Numerator: "Σ students_total (在校生数) of the school profiles: the students 生师比 and 生均仪器设备值 divide by", Denominator: "—", Unit: "人 (persons)",
            Formula: "Σ students_total (school_profile)", Source: _quality6),
        new(
            Id: "quality.student_teacher_ratio", Cube: _quality, Column: "student_teacher_ratio", Kind: IndicatorKind.Ratio,
            NameZh: "生师比", NameEn: "Student-teacher ratio",
            Numerator: "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows, which may differ and may be withdrawn while the profile stays; student_count_mismatch flags when the two disagree", Denominator: "Σ (full-time teachers + 0.5 × part-time teachers)", Unit: "students per teacher (高职 threshold ≤ 18)",
            Formula: "Σ students_total (school_profile) ÷ Σ (fulltime + 0.5 × parttime)", Source: _quality6),
        new(
            Id: "quality.dual_qualified_share", Cube: _quality, Column: "dual_qualified_share", Kind: IndicatorKind.Ratio,
            NameZh: "双师型教师比例", NameEn: "Dual-qualified teacher share",
            Numerator: "Σ dual-qualified teachers", Denominator: "Σ full-time teachers", Unit: "fraction",
            Formula: "Σ dual_qualified ÷ Σ fulltime", Source: _quality6),
        new(
            Id: "quality.equipment_per_student", Cube: _quality, Column: "equipment_per_student", Kind: IndicatorKind.Ratio,
            NameZh: "生均仪器设备值", NameEn: "Equipment value per student",
            Numerator: "Σ equipment value (yuan)", Denominator: "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows", Unit: "元/生 (yuan per student; 高职 threshold ≥ 4,000)",
            Formula: "Σ equipment_value_yuan ÷ Σ students_total (school_profile)", Source: _quality6),
        new(
            Id: "quality.dropout_rate", Cube: _quality, Column: "dropout_rate", Kind: IndicatorKind.Rate,
            NameZh: "流失率", NameEn: "Dropout rate",
            Numerator: "enrollment rows with status dropped (退学)", Denominator: "students", Unit: "fraction",
            Formula: "dropped ÷ students", Source: _quality6, DenominatorColumn: "students"),
    ];

    public static IReadOnlyList<Indicator> All { get; } =
    [
        .. _qualityIndicators,
        _studentCountMismatch,

        new(
            Id: "alignment.mismatch_index", Cube: _alignment, Column: "mismatch_index", Kind: IndicatorKind.Index,
            NameZh: "错配指数", NameEn: "Mismatch index",
            Numerator: "½ Σ_i |e_i − d_i| over the 20 sections", Denominator: "—", Unit: "index 0–1 (0 = perfect fit)",
            Formula: "MI = ½ Σ|e_i − d_i|", Source: _align6),
        new(
            Id: "alignment.match_degree", Cube: _alignment, Column: "match_degree", Kind: IndicatorKind.Index,
            NameZh: "匹配度", NameEn: "Match degree",
            Numerator: "1 − mismatch index", Denominator: "—", Unit: "index 0–1 (1 = perfect fit)",
            Formula: "1 − MI", Source: _align6),
        new(
            Id: "alignment.moore_angle_deg", Cube: _alignment, Column: "moore_angle_deg", Kind: IndicatorKind.Index,
            NameZh: "Moore结构变化夹角", NameEn: "Moore structural angle",
            Numerator: "arccos of the cosine of the supply and demand share vectors", Denominator: "—", Unit: "degrees (0 = same structure, 90 = disjoint)",
            Formula: "θ = arccos(Σ e_i d_i ÷ (‖e‖ ‖d‖))", Source: _align6),
        new(
            Id: "alignment.sections_compared", Cube: _alignment, Column: "sections_compared", Kind: IndicatorKind.Count,
            NameZh: "比较门类数", NameEn: "Sections compared",
            Numerator: "sections with e_i > 0 or d_i > 0", Denominator: "—", Unit: "sections",
            Formula: "count(e_i > 0 or d_i > 0)", Source: _align6),
        new(
            Id: "alignment.sector_mismatch_index", Cube: _alignment, Column: "sector_mismatch_index", Kind: IndicatorKind.Index,
            NameZh: "三次产业错配指数", NameEn: "Sector mismatch index",
            Numerator: "½ Σ_s |E_s − D_s| over the three sectors (a sector's share is the sum of its sections')", Denominator: "—", Unit: "index 0–1",
            Formula: "½ Σ_s |E_s − D_s|", Source: _align6),
        new(
            Id: "alignment.supply_total", Cube: _alignment, Column: "supply_total", Kind: IndicatorKind.Amount,
            NameZh: "供给总量", NameEn: "Supply total",
            Numerator: "students (or graduates) mapped to sections through the crosswalk", Denominator: "—", Unit: "persons (weighted)",
            Formula: "Σ_i supply_i", Source: _align6),
        new(
            Id: "alignment.demand_total", Cube: _alignment, Column: "demand_total", Kind: IndicatorKind.Amount,
            NameZh: "需求总量", NameEn: "Demand total",
            Numerator: "value added (亿元) or employment (万人) over the sections", Denominator: "—", Unit: "亿元 or 万人",
            Formula: "Σ_i demand_i", Source: _align6),

        new(
            Id: "section.supply", Cube: _section, Column: "supply", Kind: IndicatorKind.Amount,
            NameZh: "门类供给", NameEn: "Section supply",
            Numerator: "Σ over majors of count × crosswalk weight for the section", Denominator: "—", Unit: "persons (weighted)",
            Formula: "Σ_m n_m × w_m,i", Source: _section6),
        new(
            Id: "section.demand", Cube: _section, Column: "demand", Kind: IndicatorKind.Amount,
            NameZh: "门类需求", NameEn: "Section demand",
            Numerator: "value added or employment of the section", Denominator: "—", Unit: "亿元 or 万人",
            Formula: "y_i or l_i", Source: _section6),
        new(
            Id: "section.supply_share", Cube: _section, Column: "supply_share", Kind: IndicatorKind.Share,
            NameZh: "供给结构占比", NameEn: "Supply share",
            Numerator: "supply in the section", Denominator: "total supply over all 20 sections", Unit: "fraction",
            Formula: "e_i = supply_i ÷ Σ supply", Source: _section6),
        new(
            Id: "section.demand_share", Cube: _section, Column: "demand_share", Kind: IndicatorKind.Share,
            NameZh: "需求结构占比", NameEn: "Demand share",
            Numerator: "demand in the section", Denominator: "total demand over all 20 sections", Unit: "fraction",
            Formula: "d_i = demand_i ÷ Σ demand", Source: _section6),
        new(
            Id: "section.structural_deviation", Cube: _section, Column: "structural_deviation", Kind: IndicatorKind.Index,
            NameZh: "结构偏离度", NameEn: "Structural deviation",
            Numerator: "supply share", Denominator: "demand share", Unit: "ratio − 1 (> 0 over-supply); NULL when d_i = 0",
            Formula: "S_i = e_i ÷ d_i − 1", Source: _section6),
        new(
            Id: "section.location_quotient_supply", Cube: _section, Column: "location_quotient_supply", Kind: IndicatorKind.Index,
            NameZh: "供给区位商", NameEn: "Location quotient of supply",
            Numerator: "the region's supply share", Denominator: "the nation's supply share", Unit: "ratio (1 = national structure)",
            Formula: "LQ_edu(i,r) = e_i(r) ÷ e_i(CN)", Source: _section6),
        new(
            Id: "section.location_quotient_demand", Cube: _section, Column: "location_quotient_demand", Kind: IndicatorKind.Index,
            NameZh: "需求区位商", NameEn: "Location quotient of demand",
            Numerator: "the region's demand share", Denominator: "the nation's demand share", Unit: "ratio (1 = national structure)",
            Formula: "LQ_ind(i,r) = d_i(r) ÷ d_i(CN)", Source: _section6),

        new(
            Id: "fit.graduates", Cube: _fit, Column: "graduates", Kind: IndicatorKind.Count,
            NameZh: "毕业生数", NameEn: "Graduates",
            Numerator: "graduates of the graduation year in the category", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(graduate_destination)", Source: _fit6),
        new(
            Id: "fit.employed", Cube: _fit, Column: "employed", Kind: IndicatorKind.Count,
            NameZh: "就业毕业生数", NameEn: "Employed graduates",
            Numerator: "employed graduates of the category", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(employed)", Source: _fit6),
        new(
            Id: "fit.industry_match_rate", Cube: _fit, Column: "industry_match_rate", Kind: IndicatorKind.Rate,
            NameZh: "行业匹配率", NameEn: "Industry match rate",
            Numerator: "employed graduates whose employer's section has weight > 0 for the category in the crosswalk", Denominator: "employed graduates", Unit: "fraction",
            Formula: "matched ÷ employed", Source: _fit6, DenominatorColumn: "employed"),
        new(
            Id: "fit.local_employment_rate", Cube: _fit, Column: "local_employment_rate", Kind: IndicatorKind.Rate,
            NameZh: "本地就业率(省内)", NameEn: "Local employment rate (province)",
            Numerator: "employed graduates whose employer is in the school's province", Denominator: "employed graduates", Unit: "fraction",
            Formula: "employed in school's province ÷ employed", Source: _fit6, DenominatorColumn: "employed"),
        new(
            Id: "fit.priority_industry_rate", Cube: _fit, Column: "priority_industry_rate", Kind: IndicatorKind.Rate,
            NameZh: "重点产业就业率", NameEn: "Priority-industry rate",
            Numerator: "employed graduates whose employer's section is flagged key, strategic_emerging or future in the school province's regional_industry of calendar year graduation_year − 1", Denominator: "employed graduates", Unit: "fraction",
            Formula: "in priority section ÷ employed", Source: _fit6, DenominatorColumn: "employed"),

        .. _qualityIndicators.Select(i => i with { Id = "school." + i.Column, Cube = _school, Source = _school6 }),
        new(
            Id: "school.fulltime_teachers", Cube: _school, Column: "fulltime_teachers", Kind: IndicatorKind.Count,
            NameZh: "专任教师数", NameEn: "Full-time teachers",
            Numerator: "full-time teachers of the school profile (the per-school threshold's figure)", Denominator: "—", Unit: "人 (persons)",
            Formula: "fulltime_teachers", Source: _school6),
        _studentCountMismatch with { Id = "school.student_count_mismatch", Cube = _school, Source = _school6 },
        .. ThresholdIndicators.All.Select(Breach),

        new(
            Id: "destination.graduates", Cube: _destination, Column: "graduates", Kind: IndicatorKind.Count,
            NameZh: "毕业生数", NameEn: "Graduates",
            Numerator: "graduates of graduation year academic_year + 1 whose destination code is in the group", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(graduate_destination in group)", Source: _destination6),
        new(
            Id: "destination.total_graduates", Cube: _destination, Column: "total_graduates", Kind: IndicatorKind.Count,
            NameZh: "毕业生总数", NameEn: "All graduates of the cell",
            Numerator: "graduates of the region, year and school type (every group, unknown destinations included)", Denominator: "—", Unit: "人 (persons)",
            Formula: "count(graduate_destination)", Source: _destination6),
        new(
            Id: "destination.graduate_share", Cube: _destination, Column: "graduate_share", Kind: IndicatorKind.Rate,
            NameZh: "占毕业生比例", NameEn: "Share of graduates",
            Numerator: "graduates in the group", Denominator: "all graduates of the cell", Unit: "fraction",
            Formula: "graduates ÷ total_graduates", Source: _destination6, DenominatorColumn: "total_graduates"),

        .. SubmissionIndicators(_status, "submission"),
        .. SubmissionIndicators(_statusRegion, "submission_region"),

        new(
            Id: "coverage.schools_expected", Cube: _coverage, Column: "schools_expected", Kind: IndicatorKind.Count,
            NameZh: "应报学校数", NameEn: "Schools expected",
            Numerator: "schools with a loaded school_profile in the academic year or the year before", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(expected)", Source: _submission6),
        new(
            Id: "coverage.schools_submitted", Cube: _coverage, Column: "schools_submitted", Kind: IndicatorKind.Count,
            NameZh: "已报送学校数", NameEn: "Schools submitted",
            Numerator: "expected schools with a loaded version (on time + late)", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(status = loaded)", Source: _submission6),
        new(
            Id: "coverage.schools_on_time", Cube: _coverage, Column: "schools_on_time", Kind: IndicatorKind.Count,
            NameZh: "按时报送学校数", NameEn: "Schools on time",
            Numerator: "loaded, first received by the deadline", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(loaded and not late)", Source: _submission6),
        new(
            Id: "coverage.schools_late", Cube: _coverage, Column: "schools_late", Kind: IndicatorKind.Count,
            NameZh: "逾期报送学校数", NameEn: "Schools late",
            Numerator: "loaded, first received after the deadline", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(loaded and late)", Source: _submission6),
        new(
            Id: "coverage.schools_missing", Cube: _coverage, Column: "schools_missing", Kind: IndicatorKind.Count,
            NameZh: "缺报学校数", NameEn: "Schools missing",
            Numerator: "nothing loaded nor quarantined, the deadline passed", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(status = missing)", Source: _submission6),
        new(
            Id: "coverage.schools_pending", Cube: _coverage, Column: "schools_pending", Kind: IndicatorKind.Count,
            NameZh: "待报学校数", NameEn: "Schools pending",
            Numerator: "nothing loaded nor quarantined, before the deadline", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(status = pending)", Source: _submission6),
        new(
            Id: "coverage.schools_quarantined", Cube: _coverage, Column: "schools_quarantined", Kind: IndicatorKind.Count,
            NameZh: "被隔离学校数", NameEn: "Schools quarantined",
            Numerator: "nothing loaded, the latest version quarantined", Denominator: "—", Unit: "所 (schools)",
            Formula: "count(status = quarantined)", Source: _submission6),
        new(
            Id: "coverage.rows_read", Cube: _coverage, Column: "rows_read", Kind: IndicatorKind.Count,
            NameZh: "读取行数", NameEn: "Rows read",
            Numerator: "data rows read from the versions that count", Denominator: "—", Unit: "行 (rows)",
            Formula: "Σ rows_read", Source: _submission6),
        new(
            Id: "coverage.rows_loaded", Cube: _coverage, Column: "rows_loaded", Kind: IndicatorKind.Count,
            NameZh: "入库行数", NameEn: "Rows loaded",
            Numerator: "data rows loaded from the versions that count", Denominator: "—", Unit: "行 (rows)",
            Formula: "Σ rows_loaded", Source: _submission6),
        new(
            Id: "coverage.rows_rejected", Cube: _coverage, Column: "rows_rejected", Kind: IndicatorKind.Count,
            NameZh: "拒收行数", NameEn: "Rows rejected",
            Numerator: "data rows rejected in the versions that count", Denominator: "—", Unit: "行 (rows)",
            Formula: "Σ rows_rejected", Source: _submission6),
        new(
            Id: "coverage.rejection_rate", Cube: _coverage, Column: "rejection_rate", Kind: IndicatorKind.Share,
            NameZh: "拒收率", NameEn: "Rejection rate",
            Numerator: "rows rejected", Denominator: "rows read", Unit: "fraction",
            Formula: "rows_rejected ÷ rows_read", Source: _submission6),

        new(
            Id: "priority.students", Cube: _priority, Column: "students", Kind: IndicatorKind.Amount,
            NameZh: "重点产业在校生（折算）", NameEn: "Students in priority sections",
            Numerator: "enrollment of the academic year spread over sections by the crosswalk's weights, in the sections the region's regional_industry flags with the priority", Denominator: "—", Unit: "persons (weighted)",
            Formula: "Σ_i∈priority supply_i", Source: _priority6),
        new(
            Id: "priority.share", Cube: _priority, Column: "share", Kind: IndicatorKind.Share,
            NameZh: "占在校生比例", NameEn: "Share of enrollment",
            Numerator: "weighted students in the priority's sections", Denominator: "weighted students over all sections", Unit: "fraction",
            Formula: "students ÷ Σ_i supply_i", Source: _priority6),
    ];

    /// <summary>The breach flag of one threshold indicator in cube_quality_school.</summary>
    private static Indicator Breach(string indicator) => new(
        Id: "school." + ThresholdIndicators.BreachColumn(indicator), Cube: _school, Column: ThresholdIndicators.BreachColumn(indicator), Kind: IndicatorKind.Flag,
        NameZh: "未达标：" + ThresholdNameZh(indicator), NameEn: "Threshold missed: " + indicator,
        Numerator: $"the school's {indicator} misses a threshold of its school type in reference/policy-thresholds.csv (dim_policy_threshold)", Denominator: "—", Unit: "true/false (empty when its type has no such threshold or the value is empty)",
        Formula: $"{indicator} > at-most value or < at-least value", Source: _school6);

    private static string ThresholdNameZh(string indicator) => indicator switch
    {
        "student_teacher_ratio" => "生师比",
        "dual_qualified_share" => "双师型教师比例",
        "equipment_per_student" => "生均仪器设备值",
        "fulltime_teachers" => "专任教师数",
        _ => indicator,
    };

    /// <summary>The measures of a submission status row (school or region).</summary>
    private static IEnumerable<Indicator> SubmissionIndicators(string cube, string prefix) =>
    [
        new(
            Id: $"{prefix}.is_late", Cube: cube, Column: "is_late", Kind: IndicatorKind.Flag,
            NameZh: "逾期", NameEn: "Late",
            Numerator: "the first version was received after 23:59:59 Beijing time on the deadline date (corrections never make a submission late)", Denominator: "—", Unit: "true/false (empty when nothing was received)",
            Formula: "first_received_at > deadline", Source: _submission6),
        new(
            Id: $"{prefix}.versions", Cube: cube, Column: "versions", Kind: IndicatorKind.Count,
            NameZh: "报送版本数", NameEn: "Versions received",
            Numerator: "versions of the submission received, whatever their status", Denominator: "—", Unit: "份 (files)",
            Formula: "count(etl_submission)", Source: _submission6),
        new(
            Id: $"{prefix}.quarantined_files", Cube: cube, Column: "quarantined_files", Kind: IndicatorKind.Count,
            NameZh: "隔离文件数", NameEn: "Quarantined files",
            Numerator: "versions quarantined", Denominator: "—", Unit: "份 (files)",
            Formula: "count(status = quarantined)", Source: _submission6),
        new(
            Id: $"{prefix}.rows_read", Cube: cube, Column: "rows_read", Kind: IndicatorKind.Count,
            NameZh: "读取行数", NameEn: "Rows read",
            Numerator: "data rows read from the version that counts", Denominator: "—", Unit: "行 (rows)",
            Formula: "rows_read", Source: _submission6),
        new(
            Id: $"{prefix}.rows_loaded", Cube: cube, Column: "rows_loaded", Kind: IndicatorKind.Count,
            NameZh: "入库行数", NameEn: "Rows loaded",
            Numerator: "data rows loaded from the version that counts", Denominator: "—", Unit: "行 (rows)",
            Formula: "rows_loaded", Source: _submission6),
        new(
            Id: $"{prefix}.rows_rejected", Cube: cube, Column: "rows_rejected", Kind: IndicatorKind.Count,
            NameZh: "拒收行数", NameEn: "Rows rejected",
            Numerator: "data rows rejected in the version that counts", Denominator: "—", Unit: "行 (rows)",
            Formula: "rows_rejected", Source: _submission6),
    ];

    /// <summary>The indicators of one cube, in column order.</summary>
    public static IReadOnlyList<Indicator> ForCube(string cube) =>
        All.Where(i => string.Equals(i.Cube, cube, StringComparison.Ordinal)).ToList();

    /// <summary>The indicator stored in a cube column, or null for a key column.</summary>
    public static Indicator? Find(string cube, string column) =>
        All.FirstOrDefault(i => string.Equals(i.Cube, cube, StringComparison.Ordinal) && string.Equals(i.Column, column, StringComparison.Ordinal));
}
