namespace VocEd.Cubes.Sql;

/// <summary>
/// PostgreSQL: extract(year …) of a date column; a full refresh groups the facts straight to numbered base cells
/// (cube_refresh_cell and cube_refresh_major, plain tables: parallel workers cannot read temporary ones), and its base statements run as
/// CREATE TEMP TABLE … AS (which, unlike INSERT … SELECT, may use a parallel plan) of the first, integer-keyed grouping, whose few
/// rows the INSERT then maps to cells and major categories.
/// </summary>
internal sealed class PostgresCubeSql : CubeSql
{
    public override bool GroupsFullRefreshByCell => true;

    protected override string IsTrue(string column) => column;

    protected override string Flag(string condition) => $"({condition})";

    protected override string BooleanLiteral(bool value) => value ? "true" : "false";

    /// <summary>
    /// count(*) with a FILTER rather than sum(case …): one cheap transition per row instead of an expression and a
    /// sum; as integer, so that the second step's sums stay bigint rather than numeric.
    /// </summary>
    protected override string Count(string? condition = null) =>
        condition is null ? "cast(count(*) as integer)" : $"cast(count(*) filter (where {condition}) as integer)";

    protected override string CountTrue(string column) => Count(column);

    protected override string SumIf(string condition, string expression) => $"sum({expression}) filter (where {condition})";

    protected override string YearOfDate(string column) => $"cast(extract(year from {column}) as integer)";

    /// <summary>string_agg; float8's text is the shortest that reads back exactly (extra_float_digits ≥ 1, the default).</summary>
    protected override string Concatenated(string text) => $"string_agg({text}, ';')";

    /// <summary>
    /// A full refresh empties the base with TRUNCATE: after a DELETE, each insert's unique check on the 8-column key
    /// visited the deleted versions of its key, several times the cost of the insert itself.
    /// The base tables are refresh state that only a refresh reads, and refreshes exclude each other anyway.
    /// </summary>
    public override IReadOnlyList<string> DeleteBaseRows(bool full, CubeFacts facts = CubeFacts.All) =>
        full ? ["truncate table cube_base_major, cube_base_by_school, cube_base_school, cube_base_category"] : base.DeleteBaseRows(full, facts);

    /// <summary>Every full-refresh base table's fact groups are staged (<see cref="InsertSelect"/>), cube_base_major's among them.</summary>
    protected override bool StagesFullBaseFacts => true;

    /// <summary>The settings of a full refresh's base statements, after the statistics of the groups just inserted.</summary>
    public override IReadOnlyList<string> BeforeFullBase =>
    [
        // The planner needs the row counts and distinct groups of the rows just inserted to plan the parallel aggregates.
        "analyze cube_refresh_cell, cube_refresh_major",

        // Hash aggregates rather than sorts, in memory (the default 4 MB spilled the hash tables to disk), and JIT only
        // for a fact pass of national size (ten times the default threshold): there compiled code pays for itself, while
        // at province size compiling costs about what it saves and at the default threshold it took longer than the
        // smaller aggregates it would speed up (docs/decisions/0010-postgres-full-refresh-in-temp-tables.md). The planner estimates the groups
        // of the graduates' aggregate from the product of its keys' distinct counts (≈ the input rows), so it sees no
        // gain in partial aggregation in the workers, while the real groups are a few per cent of the rows: cheaper
        // worker tuples make it choose the parallel plan.
        """
        set local enable_sort = off;
        set local work_mem = '256MB';
        set local jit_above_cost = 1000000;
        set local parallel_tuple_cost = 0.01;
        set local parallel_setup_cost = 100
        """,
    ];

    /// <summary>
    /// The scope table is emptied after every refresh, so without fresh statistics the planner takes it for a row or two
    /// and joins the scope's facts (tens of thousands of rows) by nested loops and sorts; and its estimates then pass the
    /// JIT thresholds, whose compilation took longer than the statements. Even so it underestimates the scope's facts
    /// (the year of the join is an expression) and sorted tens of thousands of graduates on disk to group them into a few
    /// hundred base rows: hash aggregates in memory instead.
    /// </summary>
    public override IReadOnlyList<string> BeforeIncrementalBase =>
        ["analyze cube_refresh_scope, cube_refresh_scope_cell", "set local jit = off; set local enable_sort = off; set local work_mem = '64MB'"];

    public override IReadOnlyList<string> AfterIncrementalBase => ["reset enable_sort; reset work_mem"];

    public override IReadOnlyList<string> AfterFullBase =>
        ["reset enable_sort; reset work_mem; reset jit_above_cost; reset parallel_tuple_cost; reset parallel_setup_cost"];

    /// <summary>
    /// The primary key of cube_base_major (as the migrations create it), which a full refresh drops before its insert and
    /// builds again after it: maintaining the eight-column key row by row cost more than the insert without it and the
    /// build afterwards together. The table is emptied by the TRUNCATE of the
    /// same transaction, which already holds it exclusively.
    /// </summary>
    public const string BaseMajorKey = "pk_cube_base_major";

    /// <summary>The columns of <see cref="BaseMajorKey"/>, in order.</summary>
    public static readonly IReadOnlyList<string> BaseMajorKeyColumns =
        ["academic_year", "prefecture_code", "province_code", "economic_region", "school_type", "crosswalk", "major_category_code", "employer_industry_key"];

    protected override IReadOnlyList<string> InsertSelect(bool full, string table, string facts, string columns, string query)
    {
        if (!full)
        {
            return base.InsertSelect(full, table, facts, columns, query);
        }

        var rebuildKey = table == "cube_base_major";
        return
        [
            $"create temp table {table}_facts on commit drop as\n{facts}",
            .. rebuildKey ? [$"alter table cube_base_major drop constraint {BaseMajorKey}"] : Array.Empty<string>(),
            $"insert into {table} ({columns.Trim()})\n" + query.Replace("{fact_groups}", $"{table}_facts", StringComparison.Ordinal),
            .. rebuildKey ? [$"alter table cube_base_major add constraint {BaseMajorKey} primary key ({string.Join(", ", BaseMajorKeyColumns)})"] : Array.Empty<string>(),

            // The rollups that follow in this transaction read the new rows: without fresh statistics the planner
            // takes the truncated table for a few dozen rows and sorts. The row count and the year's selectivity are
            // what it lacks; statistics of every column would cost as much as they save.
            $"analyze {table} (academic_year)",
        ];
    }
}
