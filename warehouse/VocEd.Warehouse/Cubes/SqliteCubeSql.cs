namespace VocEd.Warehouse.Cubes;

/// <summary>
/// SQLite: dates are stored as yyyy-MM-dd text; acos and degrees come from SQLite's math functions. A full scan
/// reads the fact table itself (not indexed): left to itself the planner walks the (year, school_key) index for the
/// GROUP BY order and fetches every row through it, which measured twice as slow.
/// </summary>
internal sealed class SqliteCubeSql : CubeSql
{
    protected override string FullScanHint => " not indexed";

    protected override string YearOfDate(string column) => $"cast(substr({column}, 1, 4) as integer)";
}
