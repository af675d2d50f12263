using System.Globalization;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Cubes;

/// <summary>
/// The set-based SQL of a cube refresh (INSERT … SELECT … GROUP BY), shared by the three providers.
/// Where a provider differs, the difference is one small method here (<see cref="YearOfDate"/>,
/// <see cref="AngleInDegrees"/>) overridden in one sealed subclass per provider. Statements take
/// parameters (@refresh_log_id, @year, @refreshed_at); the only text composed is constant fragments
/// (the incremental scope joins and the provider's functions), never a value.
/// </summary>
public abstract class CubeSql
{
    /// <summary>The base cell of a school version (s) in its county (r): the finest grain the cubes report.</summary>
    private const string _cellColumns = "coalesce(r.prefecture_code, ''), coalesce(r.province_code, ''), coalesce(r.economic_region, ''), s.school_type";

    private const string _cellSelect = """
        coalesce(r.prefecture_code, '') as prefecture_code, coalesce(r.province_code, '') as province_code,
                coalesce(r.economic_region, '') as economic_region, s.school_type
        """;

    /// <summary>The base cells that one refresh's scope covers (for deleting them before they are recomputed).</summary>
    private const string _scopeCellTemplate = """
        exists (
            select 1
            from cube_refresh_scope x
            join dim_school s on s.school_key = x.school_key
            join dim_region r on r.region_key = s.region_key
            where x.refresh_log_id = @refresh_log_id and x.academic_year = {table}.academic_year
                and coalesce(r.prefecture_code, '') = {table}.prefecture_code and coalesce(r.province_code, '') = {table}.province_code
                and coalesce(r.economic_region, '') = {table}.economic_region and s.school_type = {table}.school_type
        )
        """;

    /// <summary>The four rollup levels every per-school row is expanded to.</summary>
    private const string _levels = """
        lvl as (
            select 'prefecture' as region_level
            union all select 'province'
            union all select 'economic_region'
            union all select 'nation'
        ),
        typ as (
            select 0 as is_all
            union all select 1
        )
        """;

    /// <summary>The rollup region code of a base cell (b) at level l (NULL: the cell has no region at that level).</summary>
    private const string _regionCode = """
        case l.region_level
                    when 'prefecture' then nullif(b.prefecture_code, '')
                    when 'province' then nullif(b.province_code, '')
                    when 'economic_region' then nullif(b.economic_region, '')
                    else 'CN'
                end
        """;

    /// <summary>The regions (rg) of the cells (sc_cells) of an incremental refresh's scope in academic year @year, as CTEs.</summary>
    private const string _scopeRegions = """

        sc_cells as (
            select distinct coalesce(r.prefecture_code, '') as prefecture_code, coalesce(r.province_code, '') as province_code,
                coalesce(r.economic_region, '') as economic_region
            from cube_refresh_scope x
            join dim_school s on s.school_key = x.school_key
            join dim_region r on r.region_key = s.region_key
            where x.refresh_log_id = @refresh_log_id and x.academic_year = @year
        ),
        rg as (
            select 'prefecture' as region_level, prefecture_code as region_code from sc_cells where prefecture_code <> ''
            union select 'province', province_code from sc_cells where province_code <> ''
            union select 'economic_region', economic_region from sc_cells where economic_region <> ''
            union select 'nation', 'CN' from sc_cells
        ),
        """;

    /// <summary>The crosswalk edges in force in calendar year @year: per crosswalk, the latest version effective by then (the earliest if none is yet).</summary>
    private const string _crosswalkTemplate = """
        cwv as (
            select b.crosswalk,
                coalesce(max(case when {year_of_effective_from} <= @year then b.effective_from end), min(b.effective_from)) as effective_from
            from bridge_major_industry b
            group by b.crosswalk
        ),
        cw as (
            select b.crosswalk, b.major_category_code, b.industry_key, cast(b.weight as float) as weight
            from bridge_major_industry b
            join cwv v on v.crosswalk = b.crosswalk and v.effective_from = b.effective_from
        )
        """;

    public static CubeSql For(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => new SqliteCubeSql(),
        WarehouseProvider.Postgres => new PostgresCubeSql(),
        WarehouseProvider.SqlServer => new SqlServerCubeSql(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

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
            return ["delete from cube_base_major", "delete from cube_base_salary", "delete from cube_base_school", "delete from cube_base_category"];
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

        if (facts.HasFlag(CubeFacts.Graduates))
        {
            statements.Add(DeleteScopeCells("cube_base_salary"));
        }

        if (facts.HasFlag(CubeFacts.Profiles))
        {
            statements.Add(DeleteScopeCells("cube_base_school"));
        }

        return statements;
    }

    /// <summary>
    /// The scope of an incremental refresh: every school version of every base cell that a version of a
    /// changed partition's school falls in (academic year by academic year). Recomputing those cells from all
    /// of their schools' facts replaces them exactly.
    /// </summary>
    public static string InsertScope => """
        insert into cube_refresh_scope (refresh_log_id, academic_year, school_key)
        select distinct p.refresh_log_id, p.academic_year, s.school_key
        from (
            select distinct p.refresh_log_id, p.academic_year, coalesce(r.prefecture_code, '') as prefecture_code,
                coalesce(r.province_code, '') as province_code, coalesce(r.economic_region, '') as economic_region, s.school_type
            from cube_refresh_partition p
            join dim_school s on s.school_code = p.school_code
            join dim_region r on r.region_key = s.region_key
            where p.refresh_log_id = @refresh_log_id
        ) p
        join dim_region r on coalesce(r.prefecture_code, '') = p.prefecture_code and coalesce(r.province_code, '') = p.province_code
            and coalesce(r.economic_region, '') = p.economic_region
        join dim_school s on s.region_key = r.region_key and s.school_type = p.school_type
        """;

    /// <summary>The working scope rows go before the refresh commits.</summary>
    public static string DeleteScope => "delete from cube_refresh_scope where refresh_log_id = @refresh_log_id";

    /// <summary>
    /// The groups of one full refresh (<see cref="GroupsFullRefreshByCell"/>): every school version with its base
    /// cell's representative (cube_refresh_cell) and every major with its category's (cube_refresh_major), so the
    /// base statements group the facts straight to cells and categories on integer keys.
    /// </summary>
    public static IReadOnlyList<string> InsertGroups =>
    [
        $$"""
        insert into cube_refresh_cell (refresh_log_id, school_key, cell_school_key, province_code, prefecture_code)
        select @refresh_log_id, s.school_key, min(s.school_key) over (partition by {{_cellColumns}}), r.province_code, r.prefecture_code
        from dim_school s
        join dim_region r on r.region_key = s.region_key
        """,
        """
        insert into cube_refresh_major (refresh_log_id, major_key, category_major_key)
        select @refresh_log_id, m.major_key,
            min(m.major_key) over (partition by case when m.level = 'technical' then 'technical' else 'education' end, m.major_category_code)
        from dim_major m
        """,
    ];

    /// <summary>How this provider empties (full) or trims (incremental) the base: <see cref="DeleteBase"/>, or faster where it can.</summary>
    public virtual IReadOnlyList<string> DeleteBaseRows(bool full, CubeFacts facts = CubeFacts.All) => DeleteBase(full, facts);

    /// <summary>The working groups go before the refresh commits.</summary>
    public static IReadOnlyList<string> DeleteGroups =>
    [
        "delete from cube_refresh_cell where refresh_log_id = @refresh_log_id",
        "delete from cube_refresh_major where refresh_log_id = @refresh_log_id",
    ];

    /// <summary>
    /// Whether a full refresh groups the facts straight to base cells and (graduates) major categories through the
    /// representatives of <see cref="InsertGroups"/> rather than per school version and major first: fewer groups,
    /// and on PostgreSQL plans whose parallel workers do the whole aggregation. SQLite and SQL Server keep the per-school
    /// grouping (SQLite measured fine with it; SQL Server is not measured).
    /// </summary>
    public virtual bool GroupsFullRefreshByCell => false;

    /// <summary>Statements a full refresh runs before its base statements (PostgreSQL: statistics of the groups, planner settings).</summary>
    public virtual IReadOnlyList<string> BeforeFullBase => [];

    /// <summary>Statements a full refresh runs after its base statements (PostgreSQL: the planner settings back).</summary>
    public virtual IReadOnlyList<string> AfterFullBase => [];

    /// <summary>Statements an incremental refresh runs once its scope is written, before its base statements (PostgreSQL: statistics of the scope, planner settings).</summary>
    public virtual IReadOnlyList<string> BeforeIncrementalBase => [];

    /// <summary>Statements an incremental refresh runs after its base statements (PostgreSQL: the planner settings back).</summary>
    public virtual IReadOnlyList<string> AfterIncrementalBase => [];

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
    /// version and major the graduates barely group (a scope of 136 k graduates made 75 k groups, sorted on disk), while
    /// their base rows are a few hundred. Enrollment and graduates rows never share a base row (employer industry −3), so
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

    /// <summary>
    /// cube_base_salary: per (base cell, academic year), the salary histogram of its employed graduates who reported a
    /// salary, as one text of "salary:count" entries (<see cref="HistogramEntry"/>, <see cref="Concatenated"/>) — one row
    /// per cell rather than one per cell and salary: at province scale on generated data 67 rows instead of 47 k, whose
    /// six-column key alone cost ≈ 0.1 s to write on PostgreSQL. Incremental (in one step, for the scope's cells) when
    /// graduates changed.
    /// </summary>
    public IReadOnlyList<string> InsertBaseSalary(bool full, CubeFacts facts = CubeFacts.All)
    {
        const string columns = """
        academic_year, prefecture_code, province_code, economic_region, school_type, graduates, histogram
        """;
        // The count and histogram of (cell, salary) rows h, per cell.
        var histogramColumns = $"sum(h.graduates) as graduates, {Concatenated(HistogramEntry("h.monthly_salary_yuan", "h.graduates"))} as histogram";
        var perCell = $$"""
        select h.academic_year, h.prefecture_code, h.province_code, h.economic_region, h.school_type, {{histogramColumns}}
        from (
        {histogram}
        ) h
        group by h.academic_year, h.prefecture_code, h.province_code, h.economic_region, h.school_type
        """;
        if (!full)
        {
            // Straight to base rows, like InsertScopeBaseMajor.
            return facts.HasFlag(CubeFacts.Graduates)
                ?
                [
                    $"insert into cube_base_salary ({columns.Trim()})\n" + perCell.Replace("{histogram}", $$"""
                    select g.graduation_year - 1 as academic_year, {{_cellSelect}}, cast(g.monthly_salary_yuan as float) as monthly_salary_yuan, {{Count()}} as graduates
                    from {{FactSource(false, "fact_graduate_outcome", "g", "g.graduation_year = @year + 1")}}
                    join dim_destination d on d.destination_key = g.destination_key
                    join dim_school s on s.school_key = g.school_key
                    join dim_region r on r.region_key = s.region_key
                    where {{IsTrue("d.is_employed")}} and g.monthly_salary_yuan is not null
                    group by g.graduation_year, {{_cellColumns}}, g.monthly_salary_yuan
                    """, StringComparison.Ordinal),
                ]
                : [];
        }

        var g = Grain(full);
        var factGroups = $$"""
        select g.graduation_year - 1 as academic_year, {{g.Unit}} as unit_key, cast(g.monthly_salary_yuan as float) as monthly_salary_yuan, {{Count()}} as graduates
        from {{FactSource(full, "fact_graduate_outcome", "g", "g.graduation_year = @year + 1")}}
        join dim_destination d on d.destination_key = g.destination_key{{g.UnitJoin}}
        where {{IsTrue("d.is_employed")}} and g.monthly_salary_yuan is not null
        group by {{g.Unit}}, g.monthly_salary_yuan, g.graduation_year
        """;

        if (g == FactGrain.Cell)
        {
            // Per cell's representative, the fact groups are one per (cell, salary) already: their histograms are joined
            // in the same statement (one row per cell to copy rather than 595 k at national scale: 0.35 → 0.01 s for the
            // copy, 0.12 s more for the statement), and only the cell's codes are left to add.
            factGroups = $$"""
            select h.academic_year, h.unit_key, {{histogramColumns}}
            from (
            {{factGroups}}
            ) h
            group by h.academic_year, h.unit_key
            """;
            return InsertSelect(full, "cube_base_salary", factGroups, columns, $$"""
            select h.academic_year, {{_cellSelect}}, h.graduates, h.histogram
            from {fact_groups} h
            join dim_school s on s.school_key = h.unit_key
            join dim_region r on r.region_key = s.region_key
            """);
        }

        // Per school version, the schools of a cell are summed per salary first.
        var histogram = $$"""
            select h.academic_year, {{_cellSelect}}, h.monthly_salary_yuan, sum(h.graduates) as graduates
            from {fact_groups} h
            join dim_school s on s.school_key = h.unit_key
            join dim_region r on r.region_key = s.region_key
            group by h.academic_year, {{_cellColumns}}, h.monthly_salary_yuan
            """;
        return InsertSelect(full, "cube_base_salary", factGroups, columns, perCell.Replace("{histogram}", histogram, StringComparison.Ordinal));
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
    /// Deletes the cube_base_category rows of academic year @year that <see cref="InsertBaseCategory"/> rewrites: every
    /// cell of the year (<paramref name="wholeYear"/>: a full refresh, or a year whose regional_industry changed) or
    /// the cells of the refresh's scope.
    /// </summary>
    public string DeleteBaseCategory(bool wholeYear) =>
        wholeYear
            ? "delete from cube_base_category where academic_year = @year"
            : DeleteScopeCells("cube_base_category") + "\n    and cube_base_category.academic_year = @year";

    /// <summary>
    /// cube_base_category of academic year @year from cube_base_major: per cell and category, the sums over employer
    /// industries, and the employed whose employer's section the category's crosswalk matches (weight &gt; 0 in the
    /// version in force in @year) or the cell's province flags as a priority industry in its regional_industry of @year.
    /// Every cell of the year (<paramref name="wholeYear"/>) or the cells of the refresh's scope.
    /// </summary>
    public string InsertBaseCategory(bool wholeYear) => $$"""
        with {{Crosswalk}},
        matched as (
            select crosswalk, major_category_code, industry_key
            from cw
            where weight > 0
            group by crosswalk, major_category_code, industry_key
        ),
        pri as (
            select r.province_code, f.industry_key
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            where r.region_level = 'province' and f.year = @year and f.priority in ('key', 'strategic_emerging', 'future')
            group by r.province_code, f.industry_key
        )
        insert into cube_base_category (academic_year, prefecture_code, province_code, economic_region, school_type, crosswalk,
            major_category_code, students, dropped, graduates, placed, further_study, self_employed, employed, job_related,
            local_province, local_prefecture, salary_sum, salary_count, industry_matched, priority_industry)
        select b.academic_year, b.prefecture_code, b.province_code, b.economic_region, b.school_type, b.crosswalk, b.major_category_code,
            sum(b.students), sum(b.dropped), sum(b.graduates), sum(b.placed), sum(b.further_study), sum(b.self_employed),
            sum(b.employed), sum(b.job_related), sum(b.local_province), sum(b.local_prefecture), sum(b.salary_sum), sum(b.salary_count),
            sum(case when mt.industry_key is not null then b.employed else 0 end),
            sum(case when pr.industry_key is not null then b.employed else 0 end)
        from cube_base_major b
        left join matched mt on mt.crosswalk = b.crosswalk and mt.major_category_code = b.major_category_code
            and mt.industry_key = b.employer_industry_key
        left join pri pr on pr.province_code = b.province_code and pr.industry_key = b.employer_industry_key
        where b.academic_year = @year{{(wholeYear ? string.Empty : "\n    and " + InScopeCells("b"))}}
        group by b.academic_year, b.prefecture_code, b.province_code, b.economic_region, b.school_type, b.crosswalk, b.major_category_code
        """;

    /// <summary>After a full refresh: the cubes reflect every submission in its current status.</summary>
    public static IReadOnlyList<string> RecordAllSubmissions =>
    [
        "delete from cube_refresh_submission",
        """
        insert into cube_refresh_submission (submission_id, status, refresh_log_id)
        select submission_id, status, @refresh_log_id
        from etl_submission
        where status in ('loaded', 'superseded', 'withdrawn')
        """,
    ];

    /// <summary>The academic years the base holds (a full refresh rebuilds each; a school_profile correction touches the later ones).</summary>
    public static string SelectBaseYears => """
        select academic_year from cube_base_major
        union select academic_year from cube_base_school
        union select academic_year from cube_base_salary
        """;

    /// <summary>
    /// Sets median_monthly_salary of <paramref name="rows"/> cube_quality rows of academic year @year: row i is
    /// (@l<i>i</i>, @c<i>i</i>, @t<i>i</i>) = (region_level, region_code, school_type), its median @m<i>i</i>
    /// (<see cref="SalaryMedians"/>). One statement joining the rows as a VALUES list: one update per row cost
    /// ≈ 0.1 ms each on PostgreSQL to parse and plan (0.17 s for the 1,557 rows at national scale). SQLite overrides it.
    /// </summary>
    public virtual string UpdateMedians(int rows) =>
        "update cube_quality\nset median_monthly_salary = v.m\nfrom (values "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => string.Create(CultureInfo.InvariantCulture, $"(@l{i}, @c{i}, @t{i}, @m{i})")))
        + ") as v (l, c, t, m)\nwhere cube_quality.academic_year = @year and cube_quality.region_level = v.l and cube_quality.region_code = v.c\n"
        + "    and cube_quality.school_type = v.t";

    /// <summary>Deletes the cube rows of academic year @year (graduation year @year + 1 for the fit cube).</summary>
    public static IReadOnlyList<string> DeleteCubeYear =>
    [
        "delete from cube_quality where academic_year = @year",
        "delete from cube_alignment where year = @year",
        "delete from cube_alignment_section where year = @year",
        "delete from cube_graduate_fit where graduation_year = @year + 1",
    ];

    /// <summary>
    /// cube_quality of academic year @year, rolled up from the base cells to every region level and school type, with
    /// median_monthly_salary left null: <see cref="SalaryMedians"/> sets it from the cells' salary histograms.
    /// </summary>
    public static string InsertQuality => Quality(scoped: false);

    /// <summary>
    /// The cube_quality rows of academic year @year of the regions that hold a cell of the refresh's scope (its
    /// prefectures, provinces, economic regions and the nation): no other region's rows can change. Nothing when the
    /// scope has no cell in @year.
    /// </summary>
    public static string DeleteScopeQuality => """
        delete from cube_quality
        where academic_year = @year and exists (
            select 1
            from cube_refresh_scope x
            join dim_school s on s.school_key = x.school_key
            join dim_region r on r.region_key = s.region_key
            where x.refresh_log_id = @refresh_log_id and x.academic_year = @year
                and (cube_quality.region_level = 'nation'
                    or (cube_quality.region_level = 'prefecture' and cube_quality.region_code = r.prefecture_code)
                    or (cube_quality.region_level = 'province' and cube_quality.region_code = r.province_code)
                    or (cube_quality.region_level = 'economic_region' and cube_quality.region_code = r.economic_region))
        )
        """;

    /// <summary>
    /// cube_quality of academic year @year for the regions <see cref="DeleteScopeQuality"/> deletes (an incremental
    /// refresh): the same rollup (medians again left to <see cref="SalaryMedians"/>).
    /// </summary>
    public static string InsertScopeQuality => Quality(scoped: true);

    private static string Quality(bool scoped) => $$"""
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
            mean_monthly_salary, median_monthly_salary, student_teacher_ratio, dual_qualified_share, equipment_per_student,
            dropout_rate, refreshed_at)
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
            sc.students_total / nullif(sc.fulltime_teachers + sc.parttime_teachers / 2, 0),
            sc.dual_qualified_teachers / nullif(sc.fulltime_teachers, 0),
            sc.equipment_value_yuan / nullif(sc.students_total, 0),
            cast(m.dropped as float) / nullif(m.students, 0),
            @refreshed_at
        from {{(scoped ? "kr k" : "k")}}
        left join m on m.region_level = k.region_level and m.region_code = k.region_code and m.school_type = k.school_type
        left join sc on sc.region_level = k.region_level and sc.region_code = k.region_code and sc.school_type = k.school_type
        """;

    /// <summary>cube_alignment_section of year @year: supply through the crosswalk, demand from regional_industry, shares, deviation and location quotients.</summary>
    public string InsertAlignmentSections => $$"""
        with {{_levels}},
        {{Crosswalk}},
        sb as (
            select 'enrollment' as supply_basis
            union all select 'graduates'
        ),
        dbs as (
            select 'value_added' as demand_basis
            union all select 'employment'
        ),
        bs as (
            select prefecture_code, province_code, economic_region, crosswalk, major_category_code,
                sum(students) as students, sum(graduates) as graduates
            from cube_base_category
            where academic_year = @year
            group by prefecture_code, province_code, economic_region, crosswalk, major_category_code
        ),
        xs as (
            select l.region_level, {{_regionCode}} as region_code, b.crosswalk, b.major_category_code, b.students, b.graduates
            from bs b
            cross join lvl l
        ),
        sup as (
            select x.region_level, x.region_code, s.supply_basis, w.industry_key,
                sum(case when s.supply_basis = 'enrollment' then x.students else x.graduates end * w.weight) as supply
            from xs x
            join cw w on w.crosswalk = x.crosswalk and w.major_category_code = x.major_category_code
            cross join sb s
            where x.region_code is not null
            group by x.region_level, x.region_code, s.supply_basis, w.industry_key
        ),
        ri as (
            select r.region_level, r.region_code, r.economic_region, f.industry_key,
                cast(f.value_added_100m_yuan as float) as value_added, cast(f.employment_10k as float) as employment
            from fact_regional_industry f
            join dim_region r on r.region_key = f.region_key
            where f.year = @year and f.industry_key > 0
        ),
        dem_raw as (
            select region_level, region_code, industry_key, value_added, employment from ri where region_level in ('province', 'prefecture')
            union all
            select 'economic_region', economic_region, industry_key, value_added, employment from ri where region_level = 'province'
            union all
            select 'nation', 'CN', industry_key, value_added, employment from ri where region_level = 'nation'
            union all
            select 'nation', 'CN', industry_key, value_added, employment from ri
            where region_level = 'province' and not exists (select 1 from ri n where n.region_level = 'nation')
        ),
        dem as (
            select d.region_level, d.region_code, t.demand_basis, d.industry_key,
                sum(case when t.demand_basis = 'value_added' then d.value_added else d.employment end) as demand
            from dem_raw d
            cross join dbs t
            group by d.region_level, d.region_code, t.demand_basis, d.industry_key
        ),
        st as (
            select region_level, region_code, supply_basis, sum(supply) as supply_total
            from sup
            group by region_level, region_code, supply_basis
            having sum(supply) > 0
        ),
        dt as (
            select region_level, region_code, demand_basis, sum(demand) as demand_total
            from dem
            group by region_level, region_code, demand_basis
            having sum(demand) > 0
        ),
        pairs as (
            select st.region_level, st.region_code, st.supply_basis, dt.demand_basis, st.supply_total, dt.demand_total
            from st
            join dt on dt.region_level = st.region_level and dt.region_code = st.region_code
        ),
        grid as (
            select p.region_level, p.region_code, p.supply_basis, p.demand_basis, i.industry_key, i.section_code,
                coalesce(su.supply, 0) as supply, coalesce(de.demand, 0) as demand,
                coalesce(su.supply, 0) / p.supply_total as supply_share,
                coalesce(de.demand, 0) / p.demand_total as demand_share
            from pairs p
            cross join dim_industry i
            left join sup su on su.region_level = p.region_level and su.region_code = p.region_code
                and su.supply_basis = p.supply_basis and su.industry_key = i.industry_key
            left join dem de on de.region_level = p.region_level and de.region_code = p.region_code
                and de.demand_basis = p.demand_basis and de.industry_key = i.industry_key
            where i.industry_key > 0
        ),
        nat as (
            select supply_basis, demand_basis, industry_key, supply_share, demand_share
            from grid
            where region_level = 'nation'
        )
        insert into cube_alignment_section (region_code, region_level, year, supply_basis, demand_basis, industry_section,
            supply, demand, supply_share, demand_share, structural_deviation, location_quotient_supply, location_quotient_demand, refreshed_at)
        select g.region_code, g.region_level, @year, g.supply_basis, g.demand_basis, g.section_code,
            g.supply, g.demand, g.supply_share, g.demand_share,
            case when g.demand_share = 0 then null else g.supply_share / g.demand_share - 1 end,
            g.supply_share / nullif(n.supply_share, 0),
            g.demand_share / nullif(n.demand_share, 0),
            @refreshed_at
        from grid g
        left join nat n on n.supply_basis = g.supply_basis and n.demand_basis = g.demand_basis and n.industry_key = g.industry_key
        """;

    /// <summary>cube_alignment of year @year, from its sections: mismatch index, match degree, Moore angle, sector mismatch, totals.</summary>
    public string InsertAlignment => $$"""
        with sector_shares as (
            select a.region_code, a.supply_basis, a.demand_basis, i.sector,
                sum(a.supply_share) as supply_share, sum(a.demand_share) as demand_share
            from cube_alignment_section a
            join dim_industry i on i.section_code = a.industry_section
            where a.year = @year
            group by a.region_code, a.supply_basis, a.demand_basis, i.sector
        ),
        sector_mismatch as (
            select region_code, supply_basis, demand_basis, sum(abs(supply_share - demand_share)) / 2 as mismatch
            from sector_shares
            group by region_code, supply_basis, demand_basis
        ),
        agg as (
            select a.region_code, a.region_level, a.supply_basis, a.demand_basis,
                sum(abs(a.supply_share - a.demand_share)) / 2 as mismatch,
                sum(a.supply_share * a.demand_share) / (sqrt(sum(a.supply_share * a.supply_share)) * sqrt(sum(a.demand_share * a.demand_share))) as cosine,
                sum(case when a.supply_share > 0 or a.demand_share > 0 then 1 else 0 end) as sections_compared,
                sum(a.supply) as supply_total, sum(a.demand) as demand_total
            from cube_alignment_section a
            where a.year = @year
            group by a.region_code, a.region_level, a.supply_basis, a.demand_basis
        )
        insert into cube_alignment (region_code, region_level, year, supply_basis, demand_basis, mismatch_index, match_degree,
            moore_angle_deg, sections_compared, sector_mismatch_index, supply_total, demand_total, refreshed_at)
        select agg.region_code, agg.region_level, @year, agg.supply_basis, agg.demand_basis, agg.mismatch, 1 - agg.mismatch,
            {{AngleInDegrees("case when agg.cosine > 1 then 1 when agg.cosine < -1 then -1 else agg.cosine end")}},
            agg.sections_compared, sm.mismatch, agg.supply_total, agg.demand_total, @refreshed_at
        from agg
        join sector_mismatch sm on sm.region_code = agg.region_code and sm.supply_basis = agg.supply_basis and sm.demand_basis = agg.demand_basis
        """;

    /// <summary>cube_graduate_fit of graduation year @year + 1: employed graduates by category against crosswalk, province and priority industries (resolved in cube_base_category).</summary>
    public static string InsertGraduateFit => $$"""
        with {{_levels}},
        bf as (
            select b.prefecture_code, b.province_code, b.economic_region, b.major_category_code,
                sum(b.graduates) as graduates, sum(b.employed) as employed, sum(b.industry_matched) as industry_matched,
                sum(b.local_province) as local_province, sum(b.priority_industry) as priority_industry
            from cube_base_category b
            where b.academic_year = @year
            group by b.prefecture_code, b.province_code, b.economic_region, b.major_category_code
        ),
        xf as (
            select l.region_level, {{_regionCode}} as region_code, b.major_category_code, b.graduates, b.employed,
                b.industry_matched, b.local_province, b.priority_industry
            from bf b
            cross join lvl l
        ),
        x as (
            select region_level, region_code, major_category_code,
                sum(graduates) as graduates, sum(employed) as employed, sum(industry_matched) as industry_matched,
                sum(local_province) as local_province, sum(priority_industry) as priority_industry
            from xf
            where region_code is not null
            group by region_level, region_code, major_category_code
            having sum(graduates) > 0
        )
        insert into cube_graduate_fit (region_code, region_level, graduation_year, major_category_code, graduates, employed,
            industry_match_rate, local_employment_rate, priority_industry_rate, refreshed_at)
        select x.region_code, x.region_level, @year + 1, x.major_category_code, x.graduates, x.employed,
            cast(x.industry_matched as float) / nullif(x.employed, 0),
            cast(x.local_province as float) / nullif(x.employed, 0),
            cast(x.priority_industry as float) / nullif(x.employed, 0),
            @refreshed_at
        from x
        """;

    private string Crosswalk => _crosswalkTemplate.Replace("{year_of_effective_from}", YearOfDate("b.effective_from"), StringComparison.Ordinal);

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

    /// <summary>A boolean column as a condition (providers without a boolean type compare it with 1).</summary>
    protected virtual string IsTrue(string column) => $"cast({column} as int) = 1";

    /// <summary>The number of rows of a group, or of those that meet a condition.</summary>
    protected virtual string Count(string? condition = null) =>
        condition is null ? "count(*)" : $"sum(case when {condition} then 1 else 0 end)";

    /// <summary>The number of rows of a group whose boolean column is true.</summary>
    protected virtual string CountTrue(string column) => $"sum(cast({column} as int))";

    /// <summary>The sum of an expression over the rows of a group that meet a condition (NULL when none do).</summary>
    protected virtual string SumIf(string condition, string expression) => $"sum(case when {condition} then {expression} end)";

    /// <summary>The calendar year of a date column, as an integer.</summary>
    protected abstract string YearOfDate(string column);

    /// <summary>One histogram entry as text, "salary:count", of a float salary and an integer count (the float written so that it reads back exactly).</summary>
    protected virtual string HistogramEntry(string salary, string count) => $"cast({salary} as text) || ':' || cast({count} as text)";

    /// <summary>The texts of a group joined by ';' (an aggregate).</summary>
    protected virtual string Concatenated(string text) => $"group_concat({text}, ';')";

    /// <summary>arccos of a cosine expression, in degrees.</summary>
    protected virtual string AngleInDegrees(string cosine) => $"degrees(acos({cosine}))";

    /// <summary>
    /// How a base statement runs: the first step (the facts grouped on integer keys, <paramref name="facts"/>) as a
    /// subquery of the second (<paramref name="query"/>, where {fact_groups} stands for it), in one INSERT … SELECT.
    /// PostgreSQL overrides it (it never runs the SELECT of an INSERT in parallel).
    /// </summary>
    protected virtual IReadOnlyList<string> InsertSelect(bool full, string table, string facts, string columns, string query) =>
        [$"insert into {table} ({columns.Trim()})\n" + query.Replace("{fact_groups}", $"(\n{facts}\n)", StringComparison.Ordinal)];

    /// <summary>A hint after a fact table of a full scan (SQLite: not indexed, so the planner reads the table rather than walking an index).</summary>
    protected virtual string FullScanHint => string.Empty;

    /// <summary>
    /// The fact rows a base statement reads: all of them (full) or those of the refresh's scope in academic year @year,
    /// through the fact table's (year, school_key) index (incremental, one statement per year of the scope: with the year a
    /// parameter rather than the scope's column, PostgreSQL estimated the scope's graduates 100 times too few and joined
    /// them to the dimensions row by row, 2.5 times slower).
    /// </summary>
    private string FactSource(bool full, string table, string alias, string yearMatch) =>
        full
            ? $"{table} {alias}{FullScanHint}"
            : $"cube_refresh_scope x\n            join {table} {alias} on x.refresh_log_id = @refresh_log_id and x.academic_year = @year and {alias}.school_key = x.school_key and {yearMatch}";

    /// <summary>How a base statement groups the facts first: per school version, or per numbered base cell.</summary>
    private FactGrain Grain(bool full) => full && GroupsFullRefreshByCell ? FactGrain.Cell : FactGrain.School;

    /// <summary>
    /// The condition that a row of a base table (or alias) lies in one of the refresh's scope cells: a correlated EXISTS
    /// (PostgreSQL turns it into a hash semi-join; T-SQL has no row-value IN). SQLite overrides it.
    /// </summary>
    protected virtual string InScopeCells(string table) => _scopeCellTemplate.Replace("{table}", table, StringComparison.Ordinal);

    private string DeleteScopeCells(string table) => $"delete from {table}\nwhere " + InScopeCells(table);

    /// <summary>
    /// How the graduates statements group their facts first, as SQL fragments: per school version and major, or per
    /// representative of the school's base cell (cube_refresh_cell) and of the major's category (cube_refresh_major);
    /// with the school's province and prefecture for the local-employment counts. Either way the unit is a school_key
    /// whose version lies in the cell and the major a major_key of the category, so the second step maps both to the
    /// cell's codes and the category the same way. (Enrollment and profiles are grouped per school version on every
    /// path: their per-school groups are few, and joining 1.5 M enrollment rows to the cells cost more than it saved.)
    /// </summary>
    private sealed class FactGrain
    {
        public static readonly FactGrain School = new()
        {
            Unit = "g.school_key",
            UnitJoin = string.Empty,
            Major = "g.major_key",
            Joins = """

                join dim_school gs on gs.school_key = g.school_key
                join dim_region sr on sr.region_key = gs.region_key
                """.TrimEnd(),
            SchoolProvince = "sr.province_code",
            SchoolPrefecture = "sr.prefecture_code",
        };

        public static readonly FactGrain Cell = new()
        {
            Unit = "c.cell_school_key",
            UnitJoin = """

                join cube_refresh_cell c on c.refresh_log_id = @refresh_log_id and c.school_key = g.school_key
                """.TrimEnd(),
            Major = "mc.category_major_key",
            Joins = """

                join cube_refresh_cell c on c.refresh_log_id = @refresh_log_id and c.school_key = g.school_key
                join cube_refresh_major mc on mc.refresh_log_id = @refresh_log_id and mc.major_key = g.major_key
                """.TrimEnd(),
            SchoolProvince = "c.province_code",
            SchoolPrefecture = "c.prefecture_code",
        };

        /// <summary>The unit a graduates row (g) is grouped by.</summary>
        public required string Unit { get; init; }

        /// <summary>The join (if any) that finds the unit, for the salary histogram.</summary>
        public required string UnitJoin { get; init; }

        /// <summary>The major a graduates row is grouped by.</summary>
        public required string Major { get; init; }

        /// <summary>The joins that find the unit, the major's group and the school's region (sr) or cell (c).</summary>
        public required string Joins { get; init; }

        public required string SchoolProvince { get; init; }

        public required string SchoolPrefecture { get; init; }
    }
}
