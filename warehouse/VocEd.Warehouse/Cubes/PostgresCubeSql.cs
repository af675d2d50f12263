namespace VocEd.Warehouse.Cubes;

/// <summary>PostgreSQL: extract(year …) of a date column.</summary>
internal sealed class PostgresCubeSql : CubeSql
{
    protected override string YearOfDate(string column) => $"cast(extract(year from {column}) as integer)";
}
