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

    public static IReadOnlyList<Indicator> All { get; } =
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
        new("quality.student_teacher_ratio", _quality, "student_teacher_ratio", IndicatorKind.Ratio, "生师比", "Student-teacher ratio", "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows, which may differ and may be withdrawn while the profile stays", "Σ (full-time teachers + 0.5 × part-time teachers)", "students per teacher (高职 threshold ≤ 18)", "Σ students_total (school_profile) ÷ Σ (fulltime + 0.5 × parttime)", _quality6),
        new("quality.dual_qualified_share", _quality, "dual_qualified_share", IndicatorKind.Ratio, "双师型教师比例", "Dual-qualified teacher share", "Σ dual-qualified teachers", "Σ full-time teachers", "fraction", "Σ dual_qualified ÷ Σ fulltime", _quality6),
        new("quality.equipment_per_student", _quality, "equipment_per_student", IndicatorKind.Ratio, "生均仪器设备值", "Equipment value per student", "Σ equipment value (yuan)", "Σ students_total (在校生数) as the school profiles report it — not students, the enrollment rows", "元/生 (yuan per student; 高职 threshold ≥ 4,000)", "Σ equipment_value_yuan ÷ Σ students_total (school_profile)", _quality6),
        new("quality.dropout_rate", _quality, "dropout_rate", IndicatorKind.Rate, "流失率", "Dropout rate", "enrollment rows with status dropped (退学)", "students", "fraction", "dropped ÷ students", _quality6, "students"),

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
    ];

    /// <summary>The indicators of one cube, in column order.</summary>
    public static IReadOnlyList<Indicator> ForCube(string cube) =>
        All.Where(i => string.Equals(i.Cube, cube, StringComparison.Ordinal)).ToList();

    /// <summary>The indicator stored in a cube column, or null for a key column.</summary>
    public static Indicator? Find(string cube, string column) =>
        All.FirstOrDefault(i => string.Equals(i.Cube, cube, StringComparison.Ordinal) && string.Equals(i.Column, column, StringComparison.Ordinal));
}
