namespace VocEd.Warehouse.Cubes;

/// <summary>SQL Server: year(…) of a date column.</summary>
internal sealed class SqlServerCubeSql : CubeSql
{
    protected override string YearOfDate(string column) => $"year({column})";
}
