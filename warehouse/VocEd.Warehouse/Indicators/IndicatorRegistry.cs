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
        "quality.student_count_mismatch", _quality, "student_count_mismatch", IndicatorKind.Flag, "在籍人数与概况不符", "Student counts disagree",
        "students (enrollment rows) and Σ students_total (school profiles; 生师比 and 生均仪器设备值 use the latter) differ by more than 10 % of Σ students_total",
        "—", "true/false (empty without a profile)", "|students − Σ students_total| > 0.1 × Σ students_total", _quality6);

    private static readonly IReadOnlyList<Indicator> _qualityIndicators =
    [
        new("quality.schools", _quality, "schools", IndicatorKind.Count, "学校数", "Schools", "schools with a school_profile for the year", "—", "所 (schools)", "count(school_profile rows)", _quality6),
        new("quality.students", _quality, "students", IndicatorKind.Count, "在籍学生数", "Students", "enrollment rows of the academic year, whatever their status at its end", "—", "人 (persons)", "count(enrollment)", _quality6),
        new("quality.graduates", _quality, "graduates", IndicatorKind.Count, "毕业生数", "Graduates", "graduate_destination rows with graduation_year = academic_year + 1", "—", "人 (persons)", "count(graduate_destination)", _quality6),
        new("quality.employed", _quality, "employed", IndicatorKind.Count, "就业毕业生数", "Employed graduates", "graduates with an employed destination (10, 11, 12, 27, 46, 50, 51, 75, 76)", "—", "人 (persons)", "count(employed)", "docs/domain.md, graduate destinations (employed codes)"),
        new("quality.placement_rate", _quality, "placement_rate", IndicatorKind.Rate, "毕业去向落实率", "Placement rate", "graduates with a destination (every code except 70, 71, 72)", "graduates", "fraction", "placed ÷ graduates", _quality6, "graduates"),
        new("quality.further_study_rate", _quality, "further_study_rate", IndicatorKind.Rate, "升学率", "Further-study rate", "graduates with codes 80, 81, 82", "graduates", "fraction", "further_study ÷ graduates", _quality6, "graduates"),
        new("quality.entrepreneurship_rate", _quality, "entrepreneurship_rate", IndicatorKind.Rate, "自主创业比例", "Entrepreneurship rate", "graduates with code 75", "graduates", "fraction", "self_employed ÷ graduates", _quality6, "graduates"),
        new("quality.related_rate", _quality, "related_rate", IndicatorKind.Rate, "专业相关度(对口率)", "Job-major relatedness rate", "employed graduates whose job relates to the major (job_related = Y)", "employed graduates", "fraction", "job_related ÷ employed", _quality6, "employed"),
        new("quality.local_employment_rate", _quality, "local_employment_rate", IndicatorKind.Rate, "本地就业率(省内)", "Local employment rate (province)", "employed graduates whose employer county is in the school's province", "employed graduates", "fraction", "employed in school's province ÷ employed", _quality6, "employed"),
        new("quality.local_city_employment_rate", _quality, "local_city_employment_rate", IndicatorKind.Rate, "本地就业率(市内)", "Local employment rate (prefecture)", "employed graduates whose employer county is in the school's prefecture", "employed graduates", "fraction", "employed in school's prefecture ÷ employed", _quality6, "employed"),
        new("quality.mean_monthly_salary", _quality, "mean_monthly_salary", IndicatorKind.Salary, "平均月收入", "Mean monthly salary", "Σ monthly salary of employed graduates", "employed graduates with a salary", "元/月 (yuan per month)", "Σ salary ÷ n", _quality6, "employed"),
        new("quality.median_monthly_salary", _quality, "median_monthly_salary", IndicatorKind.Salary, "月收入中位数", "Median monthly salary", "the middle salary of employed graduates (mean of the two middle values for an even count)", "—", "元/月 (yuan per month)", "median(salary) = percentile_cont(0.5)", _quality6, "employed"),
        new("quality.students_reported", _quality, "students_reported", IndicatorKind.Count, "在校生数(学校报表)", "Students reported", "Σ students_total (在校生数) of the school profiles: the students 生师比 and 生均仪器设备值 divide by", "—", "人 (persons)", "Σ students_total (school_profile)", _quality6),
        new("quality.student_teacher_ratio", _quality, "student_teacher_ratio", IndicatorKind.Ratio, "生师比", "Student-teacher ratio", "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows, which may differ and may be withdrawn while the profile stays; student_count_mismatch flags when the two disagree", "Σ (full-time teachers + 0.5 × part-time teachers)", "students per teacher (高职 threshold ≤ 18)", "Σ students_total (school_profile) ÷ Σ (fulltime + 0.5 × parttime)", _quality6),
        new("quality.dual_qualified_share", _quality, "dual_qualified_share", IndicatorKind.Ratio, "双师型教师比例", "Dual-qualified teacher share", "Σ dual-qualified teachers", "Σ full-time teachers", "fraction", "Σ dual_qualified ÷ Σ fulltime", _quality6),
        new("quality.equipment_per_student", _quality, "equipment_per_student", IndicatorKind.Ratio, "生均仪器设备值", "Equipment value per student", "Σ equipment value (yuan)", "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows", "元/生 (yuan per student; 高职 threshold ≥ 4,000)", "Σ equipment_value_yuan ÷ Σ students_total (school_profile)", _quality6),
        new("quality.dropout_rate", _quality, "dropout_rate", IndicatorKind.Rate, "流失率", "Dropout rate", "enrollment rows with status dropped (退学)", "students", "fraction", "dropped ÷ students", _quality6, "students"),
    ];

    public static IReadOnlyList<Indicator> All { get; } =
    [
        .. _qualityIndicators,
        _studentCountMismatch,

        new("alignment.mismatch_index", _alignment, "mismatch_index", IndicatorKind.Index, "错配指数", "Mismatch index", "½ Σ_i |e_i − d_i| over the 20 sections", "—", "index 0–1 (0 = perfect fit)", "MI = ½ Σ|e_i − d_i|", _align6),
        new("alignment.match_degree", _alignment, "match_degree", IndicatorKind.Index, "匹配度", "Match degree", "1 − mismatch index", "—", "index 0–1 (1 = perfect fit)", "1 − MI", _align6),
        new("alignment.moore_angle_deg", _alignment, "moore_angle_deg", IndicatorKind.Index, "Moore结构变化夹角", "Moore structural angle", "arccos of the cosine of the supply and demand share vectors", "—", "degrees (0 = same structure, 90 = disjoint)", "θ = arccos(Σ e_i d_i ÷ (‖e‖ ‖d‖))", _align6),
        new("alignment.sections_compared", _alignment, "sections_compared", IndicatorKind.Count, "比较门类数", "Sections compared", "sections with e_i > 0 or d_i > 0", "—", "sections", "count(e_i > 0 or d_i > 0)", _align6),
        new("alignment.sector_mismatch_index", _alignment, "sector_mismatch_index", IndicatorKind.Index, "三次产业错配指数", "Sector mismatch index", "½ Σ_s |E_s − D_s| over the three sectors (a sector's share is the sum of its sections')", "—", "index 0–1", "½ Σ_s |E_s − D_s|", _align6),
        new("alignment.supply_total", _alignment, "supply_total", IndicatorKind.Amount, "供给总量", "Supply total", "students (or graduates) mapped to sections through the crosswalk", "—", "persons (weighted)", "Σ_i supply_i", _align6),
        new("alignment.demand_total", _alignment, "demand_total", IndicatorKind.Amount, "需求总量", "Demand total", "value added (亿元) or employment (万人) over the sections", "—", "亿元 or 万人", "Σ_i demand_i", _align6),

        new("section.supply", _section, "supply", IndicatorKind.Amount, "门类供给", "Section supply", "Σ over majors of count × crosswalk weight for the section", "—", "persons (weighted)", "Σ_m n_m × w_m,i", _section6),
        new("section.demand", _section, "demand", IndicatorKind.Amount, "门类需求", "Section demand", "value added or employment of the section", "—", "亿元 or 万人", "y_i or l_i", _section6),
        new("section.supply_share", _section, "supply_share", IndicatorKind.Share, "供给结构占比", "Supply share", "supply in the section", "total supply over all 20 sections", "fraction", "e_i = supply_i ÷ Σ supply", _section6),
        new("section.demand_share", _section, "demand_share", IndicatorKind.Share, "需求结构占比", "Demand share", "demand in the section", "total demand over all 20 sections", "fraction", "d_i = demand_i ÷ Σ demand", _section6),
        new("section.structural_deviation", _section, "structural_deviation", IndicatorKind.Index, "结构偏离度", "Structural deviation", "supply share", "demand share", "ratio − 1 (> 0 over-supply); NULL when d_i = 0", "S_i = e_i ÷ d_i − 1", _section6),
        new("section.location_quotient_supply", _section, "location_quotient_supply", IndicatorKind.Index, "供给区位商", "Location quotient of supply", "the region's supply share", "the nation's supply share", "ratio (1 = national structure)", "LQ_edu(i,r) = e_i(r) ÷ e_i(CN)", _section6),
        new("section.location_quotient_demand", _section, "location_quotient_demand", IndicatorKind.Index, "需求区位商", "Location quotient of demand", "the region's demand share", "the nation's demand share", "ratio (1 = national structure)", "LQ_ind(i,r) = d_i(r) ÷ d_i(CN)", _section6),

        new("fit.graduates", _fit, "graduates", IndicatorKind.Count, "毕业生数", "Graduates", "graduates of the graduation year in the category", "—", "人 (persons)", "count(graduate_destination)", _fit6),
        new("fit.employed", _fit, "employed", IndicatorKind.Count, "就业毕业生数", "Employed graduates", "employed graduates of the category", "—", "人 (persons)", "count(employed)", _fit6),
        new("fit.industry_match_rate", _fit, "industry_match_rate", IndicatorKind.Rate, "行业匹配率", "Industry match rate", "employed graduates whose employer's section has weight > 0 for the category in the crosswalk", "employed graduates", "fraction", "matched ÷ employed", _fit6, "employed"),
        new("fit.local_employment_rate", _fit, "local_employment_rate", IndicatorKind.Rate, "本地就业率(省内)", "Local employment rate (province)", "employed graduates whose employer is in the school's province", "employed graduates", "fraction", "employed in school's province ÷ employed", _fit6, "employed"),
        new("fit.priority_industry_rate", _fit, "priority_industry_rate", IndicatorKind.Rate, "重点产业就业率", "Priority-industry rate", "employed graduates whose employer's section is flagged key, strategic_emerging or future in the school province's regional_industry of calendar year graduation_year − 1", "employed graduates", "fraction", "in priority section ÷ employed", _fit6, "employed"),

        .. _qualityIndicators.Select(i => i with { Id = "school." + i.Column, Cube = _school, Source = _school6 }),
        new("school.fulltime_teachers", _school, "fulltime_teachers", IndicatorKind.Count, "专任教师数", "Full-time teachers", "full-time teachers of the school profile (the per-school threshold's figure)", "—", "人 (persons)", "fulltime_teachers", _school6),
        _studentCountMismatch with { Id = "school.student_count_mismatch", Cube = _school, Source = _school6 },
        .. ThresholdIndicators.All.Select(Breach),

        new("destination.graduates", _destination, "graduates", IndicatorKind.Count, "毕业生数", "Graduates", "graduates of graduation year academic_year + 1 whose destination code is in the group", "—", "人 (persons)", "count(graduate_destination in group)", _destination6),
        new("destination.total_graduates", _destination, "total_graduates", IndicatorKind.Count, "毕业生总数", "All graduates of the cell", "graduates of the region, year and school type (every group, unknown destinations included)", "—", "人 (persons)", "count(graduate_destination)", _destination6),
        new("destination.graduate_share", _destination, "graduate_share", IndicatorKind.Rate, "占毕业生比例", "Share of graduates", "graduates in the group", "all graduates of the cell", "fraction", "graduates ÷ total_graduates", _destination6, "total_graduates"),

        .. SubmissionIndicators(_status, "submission"),
        .. SubmissionIndicators(_statusRegion, "submission_region"),

        new("coverage.schools_expected", _coverage, "schools_expected", IndicatorKind.Count, "应报学校数", "Schools expected", "schools with a loaded school_profile in the academic year or the year before", "—", "所 (schools)", "count(expected)", _submission6),
        new("coverage.schools_submitted", _coverage, "schools_submitted", IndicatorKind.Count, "已报送学校数", "Schools submitted", "expected schools with a loaded version (on time + late)", "—", "所 (schools)", "count(status = loaded)", _submission6),
        new("coverage.schools_on_time", _coverage, "schools_on_time", IndicatorKind.Count, "按时报送学校数", "Schools on time", "loaded, first received by the deadline", "—", "所 (schools)", "count(loaded and not late)", _submission6),
        new("coverage.schools_late", _coverage, "schools_late", IndicatorKind.Count, "逾期报送学校数", "Schools late", "loaded, first received after the deadline", "—", "所 (schools)", "count(loaded and late)", _submission6),
        new("coverage.schools_missing", _coverage, "schools_missing", IndicatorKind.Count, "缺报学校数", "Schools missing", "nothing loaded nor quarantined, the deadline passed", "—", "所 (schools)", "count(status = missing)", _submission6),
        new("coverage.schools_pending", _coverage, "schools_pending", IndicatorKind.Count, "待报学校数", "Schools pending", "nothing loaded nor quarantined, before the deadline", "—", "所 (schools)", "count(status = pending)", _submission6),
        new("coverage.schools_quarantined", _coverage, "schools_quarantined", IndicatorKind.Count, "被隔离学校数", "Schools quarantined", "nothing loaded, the latest version quarantined", "—", "所 (schools)", "count(status = quarantined)", _submission6),
        new("coverage.rows_read", _coverage, "rows_read", IndicatorKind.Count, "读取行数", "Rows read", "data rows read from the versions that count", "—", "行 (rows)", "Σ rows_read", _submission6),
        new("coverage.rows_loaded", _coverage, "rows_loaded", IndicatorKind.Count, "入库行数", "Rows loaded", "data rows loaded from the versions that count", "—", "行 (rows)", "Σ rows_loaded", _submission6),
        new("coverage.rows_rejected", _coverage, "rows_rejected", IndicatorKind.Count, "拒收行数", "Rows rejected", "data rows rejected in the versions that count", "—", "行 (rows)", "Σ rows_rejected", _submission6),
        new("coverage.rejection_rate", _coverage, "rejection_rate", IndicatorKind.Share, "拒收率", "Rejection rate", "rows rejected", "rows read", "fraction", "rows_rejected ÷ rows_read", _submission6),

        new("priority.students", _priority, "students", IndicatorKind.Amount, "重点产业在校生（折算）", "Students in priority sections", "enrollment of the academic year spread over sections by the crosswalk's weights, in the sections the region's regional_industry flags with the priority", "—", "persons (weighted)", "Σ_i∈priority supply_i", _priority6),
        new("priority.share", _priority, "share", IndicatorKind.Share, "占在校生比例", "Share of enrollment", "weighted students in the priority's sections", "weighted students over all sections", "fraction", "students ÷ Σ_i supply_i", _priority6),
    ];

    /// <summary>The breach flag of one threshold indicator in cube_quality_school.</summary>
    private static Indicator Breach(string indicator) => new(
        "school." + ThresholdIndicators.BreachColumn(indicator), _school, ThresholdIndicators.BreachColumn(indicator), IndicatorKind.Flag,
        "未达标：" + indicator switch
        {
            "student_teacher_ratio" => "生师比",
            "dual_qualified_share" => "双师型教师比例",
            "equipment_per_student" => "生均仪器设备值",
            "fulltime_teachers" => "专任教师数",
            _ => indicator,
        },
        "Threshold missed: " + indicator,
        $"the school's {indicator} misses a threshold of its school type in reference/policy-thresholds.csv (dim_policy_threshold)",
        "—", "true/false (empty when its type has no such threshold or the value is empty)", $"{indicator} > at-most value or < at-least value", _school6);

    /// <summary>The measures of a submission status row (school or region).</summary>
    private static IEnumerable<Indicator> SubmissionIndicators(string cube, string prefix) =>
    [
        new($"{prefix}.is_late", cube, "is_late", IndicatorKind.Flag, "逾期", "Late", "the first version was received after 23:59:59 Beijing time on the deadline date (corrections never make a submission late)", "—", "true/false (empty when nothing was received)", "first_received_at > deadline", _submission6),
        new($"{prefix}.versions", cube, "versions", IndicatorKind.Count, "报送版本数", "Versions received", "versions of the submission received, whatever their status", "—", "份 (files)", "count(etl_submission)", _submission6),
        new($"{prefix}.quarantined_files", cube, "quarantined_files", IndicatorKind.Count, "隔离文件数", "Quarantined files", "versions quarantined", "—", "份 (files)", "count(status = quarantined)", _submission6),
        new($"{prefix}.rows_read", cube, "rows_read", IndicatorKind.Count, "读取行数", "Rows read", "data rows read from the version that counts", "—", "行 (rows)", "rows_read", _submission6),
        new($"{prefix}.rows_loaded", cube, "rows_loaded", IndicatorKind.Count, "入库行数", "Rows loaded", "data rows loaded from the version that counts", "—", "行 (rows)", "rows_loaded", _submission6),
        new($"{prefix}.rows_rejected", cube, "rows_rejected", IndicatorKind.Count, "拒收行数", "Rows rejected", "data rows rejected in the version that counts", "—", "行 (rows)", "rows_rejected", _submission6),
    ];

    /// <summary>The indicators of one cube, in column order.</summary>
    public static IReadOnlyList<Indicator> ForCube(string cube) =>
        All.Where(i => string.Equals(i.Cube, cube, StringComparison.Ordinal)).ToList();

    /// <summary>The indicator stored in a cube column, or null for a key column.</summary>
    public static Indicator? Find(string cube, string column) =>
        All.FirstOrDefault(i => string.Equals(i.Cube, cube, StringComparison.Ordinal) && string.Equals(i.Column, column, StringComparison.Ordinal));
}
