namespace VocEd.Warehouse.Data;

/// <summary>The database engines the warehouse runs on.</summary>
public enum WarehouseProvider
{
    /// <summary>Embedded default: a SQLite file under ./data/.</summary>
    Sqlite,

    /// <summary>PostgreSQL 13 or later.</summary>
    Postgres,

    /// <summary>SQL Server 2016 or later (clustered columnstore facts).</summary>
    SqlServer,
}
