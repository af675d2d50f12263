using VocEd.Warehouse.Data;

namespace VocEd.Cubes.Sql;

/// <summary>
/// The set-based SQL of a cube refresh (INSERT … SELECT … GROUP BY), shared by the three providers.
/// Where a provider differs, the difference is one small method here (<see cref="YearOfDate"/>,
/// <see cref="AngleInDegrees"/>) overridden in one sealed subclass per provider. Statements take
/// parameters (@refresh_log_id, @year, @refreshed_at); the only text composed is constant fragments
/// (the incremental scope joins and the provider's functions), never a value.
/// </summary>
public abstract partial class CubeSql
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
            from cube_refresh_scope_cell c
            where c.refresh_log_id = @refresh_log_id and c.academic_year = {table}.academic_year
                and c.prefecture_code = {table}.prefecture_code and c.province_code = {table}.province_code
                and c.economic_region = {table}.economic_region and c.school_type = {table}.school_type
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
            select distinct prefecture_code, province_code, economic_region
            from cube_refresh_scope_cell
            where refresh_log_id = @refresh_log_id and academic_year = @year
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

    private string Crosswalk => _crosswalkTemplate.Replace("{year_of_effective_from}", YearOfDate("b.effective_from"), StringComparison.Ordinal);

    /// <summary>A boolean column as a condition (providers without a boolean type compare it with 1).</summary>
    protected virtual string IsTrue(string column) => $"cast({column} as int) = 1";

    /// <summary>A boolean column's value from a condition (true or false; providers without a boolean type store 1 or 0).</summary>
    protected virtual string Flag(string condition) => $"case when {condition} then 1 else 0 end";

    /// <summary>A boolean column's constant value.</summary>
    protected virtual string BooleanLiteral(bool value) => value ? "1" : "0";

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
    /// parameter rather than the scope's column, PostgreSQL underestimated the scope's graduates by orders of magnitude
    /// and joined them to the dimensions row by row).
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
