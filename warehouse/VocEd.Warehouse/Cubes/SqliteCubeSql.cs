namespace VocEd.Warehouse.Cubes;

/// <summary>SQLite: dates are stored as yyyy-MM-dd text; acos and degrees come from SQLite's math functions.</summary>
internal sealed class SqliteCubeSql : CubeSql
{
    protected override string YearOfDate(string column) => $"cast(substr({column}, 1, 4) as integer)";
}
