using System.Globalization;
using System.Text;

namespace VocEd.Cubes.Sql;

/// <summary>
/// SQLite: dates are stored as yyyy-MM-dd text; acos and degrees come from SQLite's math functions. A full scan
/// reads the fact table itself (not indexed): left to itself the planner walks the (year, school_key) index for the
/// GROUP BY order and fetches every row through it, which is slower than reading the table.
/// </summary>
internal sealed class SqliteCubeSql : CubeSql
{
    protected override string FullScanHint => " not indexed";

    protected override string YearOfDate(string column) => $"cast(substr({column}, 1, 4) as integer)";

    protected override bool StagesFullBaseFacts => true;

    /// <summary>
    /// A full refresh stages cube_base_major's fact groups in a temporary table (see <see cref="CubeSql.StagesFullBaseFacts"/>):
    /// the per-school enrollment then sums those groups instead of reading fact_enrollment a second time. The other base
    /// tables insert straight from their facts.
    /// </summary>
    protected override IReadOnlyList<string> InsertSelect(bool full, string table, string facts, string columns, string query) =>
        full && table == "cube_base_major"
            ?
            [
                $"drop table if exists temp.{table}_facts",
                $"create temp table {table}_facts as\n{facts}",
                $"insert into {table} ({columns.Trim()})\n" + query.Replace("{fact_groups}", $"temp.{table}_facts", StringComparison.Ordinal),
            ]
            : base.InsertSelect(full, table, facts, columns, query);

    /// <summary>The staged groups go when the base tables are written.</summary>
    public override IReadOnlyList<string> AfterFullBase => ["drop table if exists temp.cube_base_major_facts"];

    /// <summary>
    /// One UPDATE per row (SQLite names a VALUES list's columns column1, column2, … and takes no column aliases after
    /// it; and a statement costs little in process).
    /// </summary>
    public override string UpdateMedians(int rows)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"update cube_quality set median_monthly_salary = @m{i} where academic_year = @year and region_level = @l{i} and region_code = @c{i} and school_type = @t{i};\n");
        }

        return text.ToString();
    }

    /// <summary>One UPDATE per row, as <see cref="UpdateMedians"/>.</summary>
    public override string UpdateSchoolMedians(int rows)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"update cube_quality_school set median_monthly_salary = @m{i} where academic_year = @year and school_code = @c{i};\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A row-value IN over the scope's cells: SQLite runs the shared correlated EXISTS once per row of the table, the
    /// IN list once.
    /// </summary>
    protected override string InScopeCells(string table) => $"""
        ({table}.academic_year, {table}.prefecture_code, {table}.province_code, {table}.economic_region, {table}.school_type) in (
            select academic_year, prefecture_code, province_code, economic_region, school_type
            from cube_refresh_scope_cell
            where refresh_log_id = @refresh_log_id
        )
        """;
}
