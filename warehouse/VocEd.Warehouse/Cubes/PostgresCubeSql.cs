namespace VocEd.Warehouse.Cubes;

/// <summary>
/// PostgreSQL: extract(year …) of a date column; a full refresh's base statements run as CREATE TEMP TABLE … AS
/// (which, unlike INSERT … SELECT, may use a parallel plan) and are then copied into the base table.
/// </summary>
internal sealed class PostgresCubeSql : CubeSql
{
    protected override string YearOfDate(string column) => $"cast(extract(year from {column}) as integer)";

    protected override IReadOnlyList<string> InsertSelect(bool full, string table, string columns, string query) =>
        full
            ?
            [
                $"create temp table {table}_stage on commit drop as\n{query}",
                $"insert into {table} ({columns.Trim()})\nselect * from {table}_stage",
                $"drop table {table}_stage",
            ]
            : base.InsertSelect(full, table, columns, query);
}
