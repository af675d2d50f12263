using Microsoft.EntityFrameworkCore.Design;
using VocEd.Warehouse.Data.Providers;

namespace VocEd.Warehouse.Data.DesignTime;

// A closed family of three tiny design-time factories, used only by `dotnet ef migrations add`.
// The connection strings are placeholders: generating migrations never connects.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWarehouseDbContext>
{
    public SqliteWarehouseDbContext CreateDbContext(string[] args) =>
        (SqliteWarehouseDbContext)WarehouseDbContextFactory.Create(new(WarehouseProvider.Sqlite, "Data Source=design-time.db"));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWarehouseDbContext>
{
    public PostgresWarehouseDbContext CreateDbContext(string[] args) =>
        (PostgresWarehouseDbContext)WarehouseDbContextFactory.Create(new(WarehouseProvider.Postgres, "Host=127.0.0.1;Database=design_time"));
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWarehouseDbContext>
{
    public SqlServerWarehouseDbContext CreateDbContext(string[] args) =>
        (SqlServerWarehouseDbContext)WarehouseDbContextFactory.Create(new(WarehouseProvider.SqlServer, "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true"));
}
