using System.Globalization;
using VocEd.Cubes.Refresh;

namespace VocEd.Cubes.Sql;

/// <summary>cube_quality: the rollup of the base cells to every region level and school type, and its medians.</summary>
public abstract partial class CubeSql
{
    /// <summary>
    /// Sets median_monthly_salary of <paramref name="rows"/> cube_quality rows of academic year @year: row i is
    /// (@l<i>i</i>, @c<i>i</i>, @t<i>i</i>) = (region_level, region_code, school_type), its median @m<i>i</i>
    /// (<see cref="SalaryMedians"/>). One statement joining the rows as a VALUES list: one update per row would be
    /// parsed and planned once per row. SQLite overrides it.
    /// </summary>
    public virtual string UpdateMedians(int rows) =>
        "update cube_quality\nset median_monthly_salary = v.m\nfrom (values "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => string.Create(CultureInfo.InvariantCulture, $"(@l{i}, @c{i}, @t{i}, @m{i})")))
        + ") as v (l, c, t, m)\nwhere cube_quality.academic_year = @year and cube_quality.region_level = v.l and cube_quality.region_code = v.c\n"
        + "    and cube_quality.school_type = v.t";

    /// <summary>Deletes the cube_quality rows of academic year @year (a full refresh; an incremental one deletes <see cref="DeleteScopeQuality"/>).</summary>
    public static string DeleteQualityYear => "delete from cube_quality where academic_year = @year";

    /// <summary>
    /// cube_quality of academic year @year, rolled up from the base cells to every region level and school type, with
    /// median_monthly_salary left null: <see cref="SalaryMedians"/> sets it from the cells' salary histograms. students_reported
    /// is the profiles' Σ students_total the ratios over schools divide by; student_count_mismatch flags a row whose two
    /// student counts (enrollment rows, students_reported) differ by more than 10 % of students_reported.
    /// </summary>
    public string InsertQuality => Quality(scoped: false);

    /// <summary>
    /// The cube_quality rows of academic year @year of the regions that hold a cell of the refresh's scope (its
    /// prefectures, provinces, economic regions and the nation): no other region's rows can change. Nothing when the
    /// scope has no cell in @year.
    /// </summary>
    public static string DeleteScopeQuality => """
        delete from cube_quality
        where academic_year = @year and exists (
            select 1
            from cube_refresh_scope_cell c
            where c.refresh_log_id = @refresh_log_id and c.academic_year = @year
                and (cube_quality.region_level = 'nation'
                    or (cube_quality.region_level = 'prefecture' and cube_quality.region_code = c.prefecture_code)
                    or (cube_quality.region_level = 'province' and cube_quality.region_code = c.province_code)
                    or (cube_quality.region_level = 'economic_region' and cube_quality.region_code = c.economic_region))
        )
        """;

    /// <summary>
    /// cube_quality of academic year @year for the regions <see cref="DeleteScopeQuality"/> deletes (an incremental
    /// refresh): the same rollup (medians again left to <see cref="SalaryMedians"/>).
    /// </summary>
    public string InsertScopeQuality => Quality(scoped: true);

    /// <summary>
    /// student_count_mismatch of a row whose enrollment rows are <paramref name="students"/> and whose profiles sum to
    /// <paramref name="studentsTotal"/> (NULL without a profile: <paramref name="schools"/> zero or NULL). In integers, so
    /// a difference of exactly 10 % is not a mismatch on any provider.
    /// </summary>
    private string StudentCountMismatch(string schools, string students, string studentsTotal) =>
        $"case when coalesce({schools}, 0) = 0 then null else {Flag($"10 * abs({students} - {studentsTotal}) > {studentsTotal}")} end";

    private string Quality(bool scoped) => $$"""
        with {{_levels}},{{(scoped ? _scopeRegions : string.Empty)}}
        bm as (
            select prefecture_code, province_code, economic_region, school_type,
                sum(students) as students, sum(dropped) as dropped, sum(graduates) as graduates, sum(placed) as placed,
                sum(further_study) as further_study, sum(self_employed) as self_employed, sum(employed) as employed,
                sum(job_related) as job_related, sum(local_province) as local_province, sum(local_prefecture) as local_prefecture,
                sum(salary_sum) as salary_sum, sum(salary_count) as salary_count
            from cube_base_category
            where academic_year = @year
            group by prefecture_code, province_code, economic_region, school_type
        ),
        xm as (
            select l.region_level, {{_regionCode}} as region_code,
                case when t.is_all = 1 then 'all' else b.school_type end as school_type,
                b.students, b.dropped, b.graduates, b.placed, b.further_study, b.self_employed, b.employed, b.job_related,
                b.local_province, b.local_prefecture, b.salary_sum, b.salary_count
            from bm b
            cross join lvl l
            cross join typ t
        ),
        m as (
            select region_level, region_code, school_type,
                sum(students) as students, sum(dropped) as dropped, sum(graduates) as graduates,
                sum(placed) as placed, sum(further_study) as further_study, sum(self_employed) as self_employed,
                sum(employed) as employed, sum(job_related) as job_related, sum(local_province) as local_province,
                sum(local_prefecture) as local_prefecture, sum(salary_sum) as salary_sum, sum(salary_count) as salary_count
            from xm
            where region_code is not null
            group by region_level, region_code, school_type
        ),
        xs as (
            select l.region_level, {{_regionCode}} as region_code,
                case when t.is_all = 1 then 'all' else b.school_type end as school_type,
                b.schools, b.students_total, b.fulltime_teachers, b.parttime_teachers, b.dual_qualified_teachers, b.equipment_value_yuan
            from cube_base_school b
            cross join lvl l
            cross join typ t
            where b.academic_year = @year
        ),
        sc as (
            select region_level, region_code, school_type, sum(schools) as schools,
                sum(cast(students_total as float)) as students_total, sum(cast(fulltime_teachers as float)) as fulltime_teachers,
                sum(cast(parttime_teachers as float)) as parttime_teachers, sum(cast(dual_qualified_teachers as float)) as dual_qualified_teachers,
                sum(equipment_value_yuan) as equipment_value_yuan
            from xs
            where region_code is not null
            group by region_level, region_code, school_type
        ),
        k as (
            select region_level, region_code, school_type from m
            union select region_level, region_code, school_type from sc
        ){{(scoped ? "\n        , kr as (\n            select k.region_level, k.region_code, k.school_type from k join rg on rg.region_level = k.region_level and rg.region_code = k.region_code\n        )" : string.Empty)}}
        insert into cube_quality (region_code, region_level, academic_year, school_type, schools, students, graduates, employed,
            placement_rate, further_study_rate, entrepreneurship_rate, related_rate, local_employment_rate, local_city_employment_rate,
            mean_monthly_salary, median_monthly_salary, students_reported, student_teacher_ratio, dual_qualified_share, equipment_per_student,
            dropout_rate, student_count_mismatch, refreshed_at)
        select k.region_code, k.region_level, @year, k.school_type,
            coalesce(sc.schools, 0), coalesce(m.students, 0), coalesce(m.graduates, 0), coalesce(m.employed, 0),
            cast(m.placed as float) / nullif(m.graduates, 0),
            cast(m.further_study as float) / nullif(m.graduates, 0),
            cast(m.self_employed as float) / nullif(m.graduates, 0),
            cast(m.job_related as float) / nullif(m.employed, 0),
            cast(m.local_province as float) / nullif(m.employed, 0),
            cast(m.local_prefecture as float) / nullif(m.employed, 0),
            m.salary_sum / nullif(m.salary_count, 0),
            cast(null as float),
            cast(sc.students_total as int),
            sc.students_total / nullif(sc.fulltime_teachers + sc.parttime_teachers / 2, 0),
            sc.dual_qualified_teachers / nullif(sc.fulltime_teachers, 0),
            sc.equipment_value_yuan / nullif(sc.students_total, 0),
            cast(m.dropped as float) / nullif(m.students, 0),
            {{StudentCountMismatch("sc.schools", "coalesce(m.students, 0)", "sc.students_total")}},
            @refreshed_at
        from {{(scoped ? "kr k" : "k")}}
        left join m on m.region_level = k.region_level and m.region_code = k.region_code and m.school_type = k.school_type
        left join sc on sc.region_level = k.region_level and sc.region_code = k.region_code and sc.school_type = k.school_type
        """;
}
