using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Reference;

namespace VocEd.Cubes.Sql;

/// <summary>
/// cube_base_by_school: the facts summed per school version, academic year and fact kind — what cube_quality_school,
/// cube_destination and every salary median are rolled up from. Like the other base tables it is written from the facts
/// in one pass per kind: the graduates' pass replaces the per-cell salary pass (the salary histograms are kept per
/// school), the enrollment part of a PostgreSQL full refresh reads the per-school groups that cube_base_major's pass has
/// just staged, and profiles are one row per school already.
/// </summary>
public abstract partial class CubeSql
{
    /// <summary>The measures of cube_base_by_school, in column order; a part sets some and leaves the others zero.</summary>
    private static readonly IReadOnlyList<string> _bySchoolMeasures =
    [
        "students", "dropped", "graduates", "placed", "further_study", "self_employed", "employed", "job_related", "local_province",
        "local_prefecture", "salary_sum", "salary_count",
        .. DestinationRef.ReportGroups.Select(GroupColumn),
        "schools", "students_total", "fulltime_teachers", "parttime_teachers", "dual_qualified_teachers", "equipment_value_yuan",
    ];

    /// <summary>The column of cube_base_by_school that counts the graduates of one report group.</summary>
    public static string GroupColumn(string reportGroup) => "graduates_" + reportGroup;

    /// <summary>
    /// cube_base_by_school from the facts: every school's rows (full) or those of the refresh's scope in academic year
    /// @year (incremental), for the kinds <paramref name="facts"/> changed (a school_profile: all of them). Enrollment
    /// and profiles first, graduates last (on PostgreSQL its statements end with the table's statistics).
    /// </summary>
    public IReadOnlyList<string> InsertBaseBySchool(bool full, CubeFacts facts = CubeFacts.All)
    {
        if (full)
        {
            facts = CubeFacts.All;
        }

        var statements = new List<string>();
        if (facts.HasFlag(CubeFacts.Enrollment))
        {
            statements.Add(BySchoolInsert(CubeBaseBySchool.EnrollmentKind, "e.academic_year", "e.unit_key", new() { ["students"] = "e.students", ["dropped"] = "e.dropped" }, $$"""
                from (
                {{SchoolEnrollmentGroups(full)}}
                ) e
                join dim_school s on s.school_key = e.unit_key
                join dim_region r on r.region_key = s.region_key
                """));
        }

        if (facts.HasFlag(CubeFacts.Profiles))
        {
            statements.Add(BySchoolInsert(CubeBaseBySchool.ProfileKind, "f.academic_year", "f.school_key", new()
            {
                ["schools"] = "1",
                ["students_total"] = "sum(cast(f.students_total as bigint))",
                ["fulltime_teachers"] = "sum(cast(f.fulltime_teachers as bigint))",
                ["parttime_teachers"] = "sum(cast(f.parttime_teachers as bigint))",
                ["dual_qualified_teachers"] = "sum(cast(f.dual_qualified_teachers as bigint))",
                ["equipment_value_yuan"] = "sum(cast(f.equipment_value_yuan as float))",
            }, $$"""
                from {{FactSource(full, "fact_school_resources", "f", "f.academic_year = @year")}}
                join dim_school s on s.school_key = f.school_key
                join dim_region r on r.region_key = s.region_key
                group by f.academic_year, f.school_key, {{_cellColumns}}
                """));
        }

        if (facts.HasFlag(CubeFacts.Graduates))
        {
            statements.AddRange(InsertBySchoolGraduates(full));
        }

        return statements;
    }

    /// <summary>
    /// Whether a full refresh stages cube_base_major's fact groups (per school version and major) in the temporary table
    /// cube_base_major_facts before it inserts the base rows from them, so that the enrollment per school is summed from
    /// those groups instead of a second pass over the largest fact table.
    /// </summary>
    protected virtual bool StagesFullBaseFacts => false;

    /// <summary>
    /// The enrollment of each school version and academic year (unit_key, academic_year, students, dropped): from the
    /// facts, or in a full refresh that stages them (<see cref="StagesFullBaseFacts"/>) from the per-school groups
    /// cube_base_major's pass has staged (its enrollment rows carry employer industry −3).
    /// </summary>
    protected string SchoolEnrollmentGroups(bool full) => full && StagesFullBaseFacts
        ? $"""
            select academic_year, unit_key, sum(students) as students, sum(dropped) as dropped
            from cube_base_major_facts
            where employer_industry_key = {EnrollmentRowsIndustryKey}
            group by academic_year, unit_key
            """
        : $$"""
            select f.academic_year, f.school_key as unit_key, {{Count()}} as students, {{Count("f.status = 'dropped'")}} as dropped
            from {{FactSource(full, "fact_enrollment", "f", "f.academic_year = @year")}}
            group by f.school_key, f.academic_year
            """;

    /// <summary>
    /// The graduates part: first per (school version, graduation year, destination, salary of the employed) on integer
    /// keys — the salary only where the destination is employed, so everyone else of a school and destination is one
    /// group — with the related and local counts; then per school: the counts by destination flag and report group,
    /// salary sum and count, and the histogram of the salaries (a salary may appear once per employed destination).
    /// </summary>
    private IReadOnlyList<string> InsertBySchoolGraduates(bool full)
    {
        var employed = IsTrue("d.is_employed");
        var salary = $"case when {employed} then cast(g.monthly_salary_yuan as float) end";
        var factGroups = $$"""
        select g.graduation_year - 1 as academic_year, g.school_key as unit_key, g.destination_key, {{salary}} as salary,
            {{Count()}} as graduates,
            {{Count($"{employed} and {IsTrue("g.job_related")}")}} as job_related,
            {{Count($"{employed} and er.province_code = sr.province_code")}} as local_province,
            {{Count($"{employed} and er.prefecture_code = sr.prefecture_code")}} as local_prefecture
        from {{FactSource(full, "fact_graduate_outcome", "g", "g.graduation_year = @year + 1")}}
        join dim_destination d on d.destination_key = g.destination_key
        join dim_school gs on gs.school_key = g.school_key
        join dim_region sr on sr.region_key = gs.region_key
        left join dim_region er on er.region_key = g.employer_region_key
        group by g.school_key, g.graduation_year, g.destination_key, {{salary}}
        """;
        var measures = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["graduates"] = "sum(h.graduates)",
            ["placed"] = $"sum(case when {IsTrue("d.is_placed")} then h.graduates else 0 end)",
            ["further_study"] = $"sum(case when {IsTrue("d.is_further_study")} then h.graduates else 0 end)",
            ["self_employed"] = $"sum(case when {IsTrue("d.is_self_employed")} then h.graduates else 0 end)",
            ["employed"] = $"sum(case when {IsTrue("d.is_employed")} then h.graduates else 0 end)",
            ["job_related"] = "sum(h.job_related)",
            ["local_province"] = "sum(h.local_province)",
            ["local_prefecture"] = "sum(h.local_prefecture)",
            ["salary_sum"] = "coalesce(sum(h.salary * h.graduates), 0)",
            ["salary_count"] = "sum(case when h.salary is not null then h.graduates else 0 end)",
        };
        foreach (var group in DestinationRef.ReportGroups)
        {
            measures[GroupColumn(group)] = $"sum(case when d.report_group = '{group}' then h.graduates else 0 end)";
        }

        var histogram = Concatenated($"case when h.salary is not null then {HistogramEntry("h.salary", "h.graduates")} end");
        var (columns, values) = BySchoolColumns(measures);
        return InsertSelect(full, "cube_base_by_school", factGroups, columns + ", histogram", $$"""
            select h.academic_year, h.unit_key, '{{CubeBaseBySchool.GraduatesKind}}', {{_cellSelect}},
                {{values}}, {{histogram}}
            from {fact_groups} h
            join dim_destination d on d.destination_key = h.destination_key
            join dim_school s on s.school_key = h.unit_key
            join dim_region r on r.region_key = s.region_key
            group by h.academic_year, h.unit_key, {{_cellColumns}}
            """);
    }

    /// <summary>
    /// An INSERT of one part of cube_base_by_school: the academic year and school key expressions, the measures it sets
    /// (the others are zero) and the FROM clause that gives them (dim_school s and dim_region r for the cell).
    /// </summary>
    private static string BySchoolInsert(string kind, string year, string school, Dictionary<string, string> measures, string from)
    {
        var (columns, values) = BySchoolColumns(measures);
        return $"""
            insert into cube_base_by_school ({columns})
            select {year}, {school}, '{kind}', {_cellSelect},
                {values}
            {from.Trim()}
            """;
    }

    /// <summary>The column list of cube_base_by_school (without the histogram) and the values of the given measures, zero for the rest.</summary>
    private static (string Columns, string Values) BySchoolColumns(Dictionary<string, string> measures) =>
        ("academic_year, school_key, fact_kind, prefecture_code, province_code, economic_region, school_type, " + string.Join(", ", _bySchoolMeasures),
            string.Join(",\n    ", _bySchoolMeasures.Select(m => measures.TryGetValue(m, out var value) ? value : "0")));
}
