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
                // The second step of a base statement maps ~10^5 per-school groups to cells; planned as a sort on the
                // text cell keys it took 1.5 s, as a hash aggregate 0.5 s (province scale, measured), so sorts are
                // disabled for these statements only.
                "set local enable_sort = off",
                $"create temp table {table}_stage on commit drop as\n{query}",
                "set local enable_sort = on",
                $"insert into {table} ({columns.Trim()})\nselect * from {table}_stage",
                $"drop table {table}_stage",
            ]
            : base.InsertSelect(full, table, columns, query);
}
