namespace VocEd.Cubes.Sql;

/// <summary>The working statements of a refresh: the incremental scope, the full refresh's groups, the provider's statements around the base, the record of the submissions a refresh took into account.</summary>
public abstract partial class CubeSql
{
    /// <summary>
    /// The scope of an incremental refresh, in two statements. First its cells (cube_refresh_scope_cell), per academic year
    /// of a changed partition: the base cells of the partition's school now (its dim_school versions) and those it was
    /// counted in at the last refresh (cube_refresh_school_cell) — a school_profile loaded or withdrawn since may have
    /// deleted or moved a version, and the cell it left must lose its facts, even when no school is left in it. Then
    /// every school version of those cells (cube_refresh_scope), whose facts the cells are recomputed from: recomputing a
    /// cell from all of its schools' facts replaces it exactly.
    /// </summary>
    public static IReadOnlyList<string> InsertScope =>
    [
        """
        insert into cube_refresh_scope_cell (refresh_log_id, academic_year, prefecture_code, province_code, economic_region, school_type)
        select x.refresh_log_id, x.academic_year, x.prefecture_code, x.province_code, x.economic_region, x.school_type
        from (
            select p.refresh_log_id, p.academic_year, coalesce(r.prefecture_code, '') as prefecture_code, coalesce(r.province_code, '') as province_code,
                coalesce(r.economic_region, '') as economic_region, s.school_type
            from cube_refresh_partition p
            join dim_school s on s.school_code = p.school_code
            join dim_region r on r.region_key = s.region_key
            where p.refresh_log_id = @refresh_log_id
            union
            select p.refresh_log_id, p.academic_year, c.prefecture_code, c.province_code, c.economic_region, c.school_type
            from cube_refresh_partition p
            join cube_refresh_school_cell c on c.school_code = p.school_code
            where p.refresh_log_id = @refresh_log_id
        ) x
        """,
        """
        insert into cube_refresh_scope (refresh_log_id, academic_year, school_key)
        select distinct c.refresh_log_id, c.academic_year, s.school_key
        from cube_refresh_scope_cell c
        join dim_region r on coalesce(r.prefecture_code, '') = c.prefecture_code and coalesce(r.province_code, '') = c.province_code
            and coalesce(r.economic_region, '') = c.economic_region
        join dim_school s on s.region_key = r.region_key and s.school_type = c.school_type
        where c.refresh_log_id = @refresh_log_id
        """,
    ];

    /// <summary>The working scope rows go before the refresh commits.</summary>
    public static IReadOnlyList<string> DeleteScope =>
    [
        "delete from cube_refresh_scope where refresh_log_id = @refresh_log_id",
        "delete from cube_refresh_scope_cell where refresh_log_id = @refresh_log_id",
    ];

    /// <summary>
    /// The cells of every school (full) or of the refresh's partitions' schools (incremental) as the refresh leaves
    /// them, for the next incremental refresh's scope (<see cref="InsertScope"/>).
    /// </summary>
    public static IReadOnlyList<string> RecordSchoolCells(bool full) =>
    [
        full
            ? "delete from cube_refresh_school_cell"
            : "delete from cube_refresh_school_cell where school_code in (select school_code from cube_refresh_partition where refresh_log_id = @refresh_log_id)",
        $$"""
        insert into cube_refresh_school_cell (school_code, prefecture_code, province_code, economic_region, school_type)
        select distinct s.school_code, {{_cellColumns}}
        from dim_school s
        join dim_region r on r.region_key = s.region_key
        where s.school_key > 0{{(full ? string.Empty : "\n    and s.school_code in (select school_code from cube_refresh_partition where refresh_log_id = @refresh_log_id)")}}
        """,
    ];

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
        union select academic_year from cube_base_by_school
        """;
}
