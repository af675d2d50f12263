using System.Globalization;
using VocEd.Cubes.Refresh;
using VocEd.Warehouse.Indicators;

namespace VocEd.Cubes.Sql;

/// <summary>cube_quality_school: cube_base_by_school summed per school, with the thresholds of dim_policy_threshold judged per school.</summary>
public abstract partial class CubeSql
{
    /// <summary>
    /// The school codes of the refresh's scope in academic year @year: the schools of its cells, and the changed
    /// partitions' schools themselves (a school whose last profile was withdrawn has no version left to be found by).
    /// </summary>
    private const string _scopeSchoolCodes = """
        select ss.school_code
        from cube_refresh_scope x
        join dim_school ss on ss.school_key = x.school_key
        where x.refresh_log_id = @refresh_log_id and x.academic_year = @year
        union
        select pp.school_code
        from cube_refresh_partition pp
        where pp.refresh_log_id = @refresh_log_id and pp.academic_year = @year
        """;

    /// <summary>Deletes the cube_quality_school rows of academic year @year (a full refresh).</summary>
    public static string DeleteQualitySchoolYear => "delete from cube_quality_school where academic_year = @year";

    /// <summary>Deletes the cube_quality_school rows of academic year @year of the schools of the refresh's scope (an incremental refresh).</summary>
    public static string DeleteScopeQualitySchool => $"""
        delete from cube_quality_school
        where academic_year = @year and school_code in (
        {_scopeSchoolCodes}
        )
        """;

    /// <summary>cube_quality_school of academic year @year, median_monthly_salary left null (<see cref="SalaryMedians"/> sets it).</summary>
    public string InsertQualitySchool => QualitySchool(scoped: false);

    /// <summary>The cube_quality_school rows <see cref="DeleteScopeQualitySchool"/> deletes, again.</summary>
    public string InsertScopeQualitySchool => QualitySchool(scoped: true);

    /// <summary>
    /// Sets median_monthly_salary of <paramref name="rows"/> cube_quality_school rows of academic year @year: row i is
    /// school @c<i>i</i>, its median @m<i>i</i>. SQLite overrides it, as <see cref="UpdateMedians"/>.
    /// </summary>
    public virtual string UpdateSchoolMedians(int rows) =>
        "update cube_quality_school\nset median_monthly_salary = v.m\nfrom (values "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => string.Create(CultureInfo.InvariantCulture, $"(@c{i}, @m{i})")))
        + ") as v (c, m)\nwhere cube_quality_school.academic_year = @year and cube_quality_school.school_code = v.c";

    /// <summary>
    /// The breach flag of one threshold indicator: NULL when the school's type has no threshold on it or the value is
    /// NULL; otherwise whether the value exceeds the type's lowest at-most value or falls below its highest at-least value.
    /// </summary>
    private string Breach(string indicator) =>
        $"""
        case when t_{indicator}.indicator is null or q.{indicator} is null then null
                else {Flag($"(t_{indicator}.at_most is not null and q.{indicator} > t_{indicator}.at_most) or (t_{indicator}.at_least is not null and q.{indicator} < t_{indicator}.at_least)")} end
        """;

    private string QualitySchool(bool scoped) => $$"""
        with sb as (
            select s.school_code, b.school_key,
                sum(b.schools) as schools, sum(b.students) as students, sum(b.dropped) as dropped, sum(b.graduates) as graduates,
                sum(b.placed) as placed, sum(b.further_study) as further_study, sum(b.self_employed) as self_employed,
                sum(b.employed) as employed, sum(b.job_related) as job_related, sum(b.local_province) as local_province,
                sum(b.local_prefecture) as local_prefecture, sum(b.salary_sum) as salary_sum, sum(b.salary_count) as salary_count,
                sum(b.students_total) as students_total, sum(b.fulltime_teachers) as fulltime_teachers,
                sum(b.parttime_teachers) as parttime_teachers, sum(b.dual_qualified_teachers) as dual_qualified_teachers,
                sum(b.equipment_value_yuan) as equipment_value_yuan
            from cube_base_by_school b
            join dim_school s on s.school_key = b.school_key
            where b.academic_year = @year{{(scoped ? $"\n                and s.school_code in (\n{_scopeSchoolCodes}\n                )" : string.Empty)}}
            group by s.school_code, b.school_key
        ),
        v as (
            select x.school_code, x.school_key
            from (
                select sb.school_code, sb.school_key,
                    row_number() over (partition by sb.school_code
                        order by case when s.valid_from <= @year and s.valid_to >= @year then 0 else 1 end, s.valid_from desc, s.school_key desc) as rn
                from sb
                join dim_school s on s.school_key = sb.school_key
            ) x
            where x.rn = 1
        ),
        t as (
            select school_code, sum(schools) as schools, sum(students) as students, sum(dropped) as dropped, sum(graduates) as graduates,
                sum(placed) as placed, sum(further_study) as further_study, sum(self_employed) as self_employed, sum(employed) as employed,
                sum(job_related) as job_related, sum(local_province) as local_province, sum(local_prefecture) as local_prefecture,
                sum(salary_sum) as salary_sum, sum(salary_count) as salary_count, sum(cast(students_total as float)) as students_total,
                sum(cast(fulltime_teachers as float)) as fulltime_teachers, sum(cast(parttime_teachers as float)) as parttime_teachers,
                sum(cast(dual_qualified_teachers as float)) as dual_qualified_teachers, sum(equipment_value_yuan) as equipment_value_yuan
            from sb
            group by school_code
        ),
        q as (
            select t.school_code, s.school_name, s.school_type, s.county_code, r.prefecture_code, r.province_code, r.economic_region,
                t.schools, t.students, t.graduates, t.employed,
                cast(t.placed as float) / nullif(t.graduates, 0) as placement_rate,
                cast(t.further_study as float) / nullif(t.graduates, 0) as further_study_rate,
                cast(t.self_employed as float) / nullif(t.graduates, 0) as entrepreneurship_rate,
                cast(t.job_related as float) / nullif(t.employed, 0) as related_rate,
                cast(t.local_province as float) / nullif(t.employed, 0) as local_employment_rate,
                cast(t.local_prefecture as float) / nullif(t.employed, 0) as local_city_employment_rate,
                t.salary_sum / nullif(t.salary_count, 0) as mean_monthly_salary,
                case when t.schools > 0 then cast(t.students_total as int) end as students_reported,
                case when t.schools > 0 then t.students_total / nullif(t.fulltime_teachers + t.parttime_teachers / 2, 0) end as student_teacher_ratio,
                case when t.schools > 0 then t.dual_qualified_teachers / nullif(t.fulltime_teachers, 0) end as dual_qualified_share,
                case when t.schools > 0 then t.equipment_value_yuan / nullif(t.students_total, 0) end as equipment_per_student,
                cast(t.dropped as float) / nullif(t.students, 0) as dropout_rate,
                case when t.schools > 0 then cast(t.fulltime_teachers as int) end as fulltime_teachers,
                {{StudentCountMismatch("t.schools", "t.students", "t.students_total")}} as student_count_mismatch
            from t
            join v on v.school_code = t.school_code
            join dim_school s on s.school_key = v.school_key
            join dim_region r on r.region_key = s.region_key
        ),
        th as (
            select school_type, indicator,
                min(case when comparison = '<=' then threshold_value end) as at_most,
                max(case when comparison = '>=' then threshold_value end) as at_least
            from dim_policy_threshold
            group by school_type, indicator
        )
        insert into cube_quality_school (school_code, academic_year, school_name, school_type, county_code, prefecture_code, province_code,
            economic_region, schools, students, graduates, employed, placement_rate, further_study_rate, entrepreneurship_rate, related_rate,
            local_employment_rate, local_city_employment_rate, mean_monthly_salary, median_monthly_salary, students_reported, student_teacher_ratio,
            dual_qualified_share, equipment_per_student, dropout_rate, fulltime_teachers, student_count_mismatch,
            {{string.Join(", ", ThresholdIndicators.All.Select(ThresholdIndicators.BreachColumn))}}, refreshed_at)
        select q.school_code, @year, q.school_name, q.school_type, q.county_code, q.prefecture_code, q.province_code, q.economic_region,
            q.schools, q.students, q.graduates, q.employed, q.placement_rate, q.further_study_rate, q.entrepreneurship_rate, q.related_rate,
            q.local_employment_rate, q.local_city_employment_rate, q.mean_monthly_salary, cast(null as float), q.students_reported, q.student_teacher_ratio,
            q.dual_qualified_share, q.equipment_per_student, q.dropout_rate, q.fulltime_teachers, q.student_count_mismatch,
            {{string.Join(",\n            ", ThresholdIndicators.All.Select(Breach))}},
            @refreshed_at
        from q
        {{string.Join("\n        ", ThresholdIndicators.All.Select(i => $"left join th t_{i} on t_{i}.school_type = q.school_type and t_{i}.indicator = '{i}'"))}}
        """;
}
