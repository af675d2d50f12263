using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Cubes.Sql;

/// <summary>The base (refresh state, not published): cube_base_major, cube_base_school and cube_base_by_school (CubeSql.BySchool.cs) from the facts — the only statements that read the fact tables.</summary>
public abstract partial class CubeSql
{
    /// <summary>The employer_industry_key of cube_base_major's enrollment rows, which no graduates row shares (not employed is −2).</summary>
    public const int EnrollmentRowsIndustryKey = -3;

    /// <summary>
    /// Deletes every base row (full), or the rows of the refresh's scope cells that the changed fact kinds make
    /// (incremental: <paramref name="facts"/> says which part of which table).
    /// </summary>
    public IReadOnlyList<string> DeleteBase(bool full, CubeFacts facts = CubeFacts.All)
    {
        if (full)
        {
            return ["delete from cube_base_major", "delete from cube_base_by_school", "delete from cube_base_school", "delete from cube_base_category"];
        }

        var statements = new List<string>();
        var major = facts & (CubeFacts.Enrollment | CubeFacts.Graduates);
        if (major != CubeFacts.None)
        {
            var rows = major switch
            {
                CubeFacts.Enrollment => "\n    and cube_base_major.employer_industry_key = -3",
                CubeFacts.Graduates => "\n    and cube_base_major.employer_industry_key <> -3",
                _ => string.Empty,
            };
            statements.Add(DeleteScopeCells("cube_base_major") + rows);
        }

        // A profile change replaces every kind's rows of its cells (the facts may move to another school version).
        var kinds = facts.HasFlag(CubeFacts.Profiles)
            ? string.Empty
            : "\n    and cube_base_by_school.fact_kind in (" + string.Join(", ", new[] { (CubeFacts.Enrollment, CubeBaseBySchool.EnrollmentKind), (CubeFacts.Graduates, CubeBaseBySchool.GraduatesKind) }
                .Where(k => facts.HasFlag(k.Item1)).Select(k => $"'{k.Item2}'")) + ")";
        if (facts != CubeFacts.None)
        {
            statements.Add(DeleteScopeCells("cube_base_by_school") + kinds);
        }

        if (facts.HasFlag(CubeFacts.Profiles))
        {
            statements.Add(DeleteScopeCells("cube_base_school"));
        }

        return statements;
    }

    /// <summary>How this provider empties (full) or trims (incremental) the base: <see cref="DeleteBase"/>, or faster where it can.</summary>
    public virtual IReadOnlyList<string> DeleteBaseRows(bool full, CubeFacts facts = CubeFacts.All) => DeleteBase(full, facts);

    /// <summary>
    /// cube_base_major from the facts. A full refresh runs two steps: first per (unit, major, employer industry, year) on
    /// integer keys only (one pass over enrollment and one over graduates, which is what keeps the fact scan near a plain
    /// GROUP BY), then those rows mapped to base cell and major category. The unit is the school version, or
    /// (<see cref="GroupsFullRefreshByCell"/>) its cell's representative, and graduates' majors then their category's. An
    /// incremental refresh groups its scope's facts straight to base rows in one step (<see cref="InsertScopeBaseMajor"/>).
    /// Enrollment carries employer industry −3 (<see cref="EnrollmentRowsIndustryKey"/>, so that an incremental refresh can
    /// replace one kind's rows alone); graduates of graduation year academic_year + 1 their employer's section when
    /// employed, −2 otherwise. An incremental refresh recomputes the parts of <paramref name="facts"/> only (none: no statement).
    /// </summary>
    public IReadOnlyList<string> InsertBaseMajor(bool full, CubeFacts facts = CubeFacts.All)
    {
        if (full)
        {
            facts = CubeFacts.All;
        }

        if ((facts & (CubeFacts.Enrollment | CubeFacts.Graduates)) == CubeFacts.None)
        {
            return [];
        }

        if (!full)
        {
            return [InsertScopeBaseMajor(facts)];
        }

        var g = Grain(full);
        var employed = IsTrue("d.is_employed");
        var enrollment = $$"""
        select f.academic_year, f.school_key as unit_key, f.major_key, -3 as employer_industry_key,
            {{Count()}} as students,
            {{Count("f.status = 'dropped'")}} as dropped,
            0 as graduates, 0 as placed, 0 as further_study, 0 as self_employed, 0 as employed, 0 as job_related,
            0 as local_province, 0 as local_prefecture, cast(0 as float) as salary_sum, 0 as salary_count
        from {{FactSource(full, "fact_enrollment", "f", "f.academic_year = @year")}}
        group by f.school_key, f.major_key, f.academic_year
        """;
        var graduates = $$"""
        select g.graduation_year - 1 as academic_year, {{g.Unit}} as unit_key, {{g.Major}} as major_key,
            case when {{employed}} then g.employer_industry_key else -2 end as employer_industry_key,
            {{GraduateMeasures(g.SchoolProvince, g.SchoolPrefecture)}}
        from {{FactSource(full, "fact_graduate_outcome", "g", "g.graduation_year = @year + 1")}}
        join dim_destination d on d.destination_key = g.destination_key{{g.Joins}}
        left join dim_region er on er.region_key = g.employer_region_key
        group by {{g.Unit}}, {{g.Major}}, case when {{employed}} then g.employer_industry_key else -2 end, g.graduation_year
        """;
        var factGroups = (facts & (CubeFacts.Enrollment | CubeFacts.Graduates)) switch
        {
            CubeFacts.Enrollment => enrollment,
            CubeFacts.Graduates => graduates,
            _ => enrollment + "\n        union all\n" + graduates,
        };
        const string columns = """
        academic_year, prefecture_code, province_code, economic_region, school_type, crosswalk, major_category_code,
            employer_industry_key, students, dropped, graduates, placed, further_study, self_employed, employed, job_related,
            local_province, local_prefecture, salary_sum, salary_count
        """;
        const string measures = """
        students, dropped, graduates, placed, further_study, self_employed, employed, job_related, local_province, local_prefecture,
            salary_sum, salary_count
        """;
        var sums = string.Join(", ", measures.Split(',', StringSplitOptions.TrimEntries).Select(m => $"sum(u.{m}) as {m}"));
        if (g == FactGrain.Cell)
        {
            // Graduates are already per (cell, category) representative; enrollment is per school version and major.
            // Both are mapped to the representatives and summed on integer keys, one row per base row, and only then
            // given the cell's codes and category.
            return InsertSelect(full, "cube_base_major", factGroups, columns, $$"""
            select u.academic_year, {{_cellSelect}},
                case when m.level = 'technical' then 'technical' else 'education' end as crosswalk, m.major_category_code, u.employer_industry_key,
                {{measures.Trim()}}
            from (
                select u.academic_year, c.cell_school_key as unit_key, mc.category_major_key as major_key, u.employer_industry_key,
                    {{sums}}
                from {fact_groups} u
                join cube_refresh_cell c on c.refresh_log_id = @refresh_log_id and c.school_key = u.unit_key
                join cube_refresh_major mc on mc.refresh_log_id = @refresh_log_id and mc.major_key = u.major_key
                group by u.academic_year, c.cell_school_key, mc.category_major_key, u.employer_industry_key
            ) u
            join dim_school s on s.school_key = u.unit_key
            join dim_region r on r.region_key = s.region_key
            join dim_major m on m.major_key = u.major_key
            """);
        }

        return InsertSelect(full, "cube_base_major", factGroups, columns, $$"""
        select u.academic_year, {{_cellSelect}},
            case when m.level = 'technical' then 'technical' else 'education' end as crosswalk, m.major_category_code, u.employer_industry_key,
            {{sums}}
        from {fact_groups} u
        join dim_school s on s.school_key = u.unit_key
        join dim_region r on r.region_key = s.region_key
        join dim_major m on m.major_key = u.major_key
        group by u.academic_year, {{_cellColumns}}, case when m.level = 'technical' then 'technical' else 'education' end,
            m.major_category_code, u.employer_industry_key
        """);
    }

    /// <summary>
    /// cube_base_major rows of an incremental refresh's scope, grouped straight from the facts to base rows: per school
    /// version and major the graduates barely group (about as many groups as rows, sorted on disk), while their base rows
    /// are a few hundred. Enrollment and graduates rows never share a base row (employer industry −3), so
    /// the two aggregates are inserted as they are.
    /// </summary>
    private string InsertScopeBaseMajor(CubeFacts facts)
    {
        var employed = IsTrue("d.is_employed");
        const string crosswalk = "case when m.level = 'technical' then 'technical' else 'education' end";
        var enrollment = $$"""
        select f.academic_year, {{_cellSelect}}, {{crosswalk}} as crosswalk, m.major_category_code, -3 as employer_industry_key,
            {{Count()}} as students,
            {{Count("f.status = 'dropped'")}} as dropped,
            0 as graduates, 0 as placed, 0 as further_study, 0 as self_employed, 0 as employed, 0 as job_related,
            0 as local_province, 0 as local_prefecture, cast(0 as float) as salary_sum, 0 as salary_count
        from {{FactSource(false, "fact_enrollment", "f", "f.academic_year = @year")}}
        join dim_school s on s.school_key = f.school_key
        join dim_region r on r.region_key = s.region_key
        join dim_major m on m.major_key = f.major_key
        group by f.academic_year, {{_cellColumns}}, {{crosswalk}}, m.major_category_code
        """;
        var graduates = $$"""
        select g.graduation_year - 1 as academic_year, {{_cellSelect}}, {{crosswalk}} as crosswalk, m.major_category_code,
            case when {{employed}} then g.employer_industry_key else -2 end as employer_industry_key,
            {{GraduateMeasures("r.province_code", "r.prefecture_code")}}
        from {{FactSource(false, "fact_graduate_outcome", "g", "g.graduation_year = @year + 1")}}
        join dim_destination d on d.destination_key = g.destination_key
        join dim_school s on s.school_key = g.school_key
        join dim_region r on r.region_key = s.region_key
        join dim_major m on m.major_key = g.major_key
        left join dim_region er on er.region_key = g.employer_region_key
        group by g.graduation_year, {{_cellColumns}}, {{crosswalk}}, m.major_category_code,
            case when {{employed}} then g.employer_industry_key else -2 end
        """;
        var select = (facts & (CubeFacts.Enrollment | CubeFacts.Graduates)) switch
        {
            CubeFacts.Enrollment => enrollment,
            CubeFacts.Graduates => graduates,
            _ => enrollment + "\n        union all\n" + graduates,
        };
        return $"""
        insert into cube_base_major (academic_year, prefecture_code, province_code, economic_region, school_type, crosswalk, major_category_code,
            employer_industry_key, students, dropped, graduates, placed, further_study, self_employed, employed, job_related,
            local_province, local_prefecture, salary_sum, salary_count)
        {select}
        """;
    }

    /// <summary>cube_base_school: school versions with a school_profile and the sums of their profiles per (base cell, academic year); incremental, when profiles changed.</summary>
    public IReadOnlyList<string> InsertBaseSchool(bool full, CubeFacts facts = CubeFacts.All)
    {
        if (!full && !facts.HasFlag(CubeFacts.Profiles))
        {
            return [];
        }

        var factGroups = $$"""
        select f.academic_year, f.school_key as unit_key, sum(cast(f.students_total as bigint)) as students_total,
            sum(cast(f.fulltime_teachers as bigint)) as fulltime_teachers, sum(cast(f.parttime_teachers as bigint)) as parttime_teachers,
            sum(cast(f.dual_qualified_teachers as bigint)) as dual_qualified_teachers, sum(cast(f.equipment_value_yuan as float)) as equipment_value_yuan
        from {{FactSource(full, "fact_school_resources", "f", "f.academic_year = @year")}}
        group by f.school_key, f.academic_year
        """;
        return InsertSelect(full, "cube_base_school", factGroups, """
        academic_year, prefecture_code, province_code, economic_region, school_type, schools, students_total, fulltime_teachers,
            parttime_teachers, dual_qualified_teachers, equipment_value_yuan
        """, $$"""
        select p.academic_year, {{_cellSelect}}, count(*) as schools, sum(p.students_total) as students_total,
            sum(p.fulltime_teachers) as fulltime_teachers, sum(p.parttime_teachers) as parttime_teachers,
            sum(p.dual_qualified_teachers) as dual_qualified_teachers, sum(p.equipment_value_yuan) as equipment_value_yuan
        from {fact_groups} p
        join dim_school s on s.school_key = p.unit_key
        join dim_region r on r.region_key = s.region_key
        group by p.academic_year, {{_cellColumns}}
        """);
    }

    /// <summary>
    /// The measures of a graduates row group (g: fact_graduate_outcome, d: its destination, er: the employer's region),
    /// local employment judged against the school's province and prefecture columns given.
    /// </summary>
    private string GraduateMeasures(string schoolProvince, string schoolPrefecture)
    {
        var employed = IsTrue("d.is_employed");
        return $"""
            0 as students, 0 as dropped, {Count()} as graduates,
                {CountTrue("d.is_placed")} as placed,
                {CountTrue("d.is_further_study")} as further_study,
                {CountTrue("d.is_self_employed")} as self_employed,
                {CountTrue("d.is_employed")} as employed,
                {Count($"{employed} and {IsTrue("g.job_related")}")} as job_related,
                {Count($"{employed} and er.province_code = {schoolProvince}")} as local_province,
                {Count($"{employed} and er.prefecture_code = {schoolPrefecture}")} as local_prefecture,
                coalesce({SumIf(employed, "cast(g.monthly_salary_yuan as float)")}, 0) as salary_sum,
                {Count($"{employed} and g.monthly_salary_yuan is not null")} as salary_count
            """;
    }
}
