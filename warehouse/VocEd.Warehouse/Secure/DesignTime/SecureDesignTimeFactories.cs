using Microsoft.EntityFrameworkCore.Design;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure.Providers;

namespace VocEd.Warehouse.Secure.DesignTime;

// A closed family of three tiny design-time factories, used only by `dotnet ef migrations add` (scripts/add-migration.sh
// --secure). The connection strings are placeholders: generating migrations never connects.

internal sealed class SqliteSecureDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSecureDbContext>
{
    public SqliteSecureDbContext CreateDbContext(string[] args) =>
        (SqliteSecureDbContext)SecureDbContextFactory.Create(new(WarehouseProvider.Sqlite, "Data Source=design-time-secure.db"));
}

internal sealed class PostgresSecureDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSecureDbContext>
{
    public PostgresSecureDbContext CreateDbContext(string[] args) =>
        (PostgresSecureDbContext)SecureDbContextFactory.Create(new(WarehouseProvider.Postgres, "Host=127.0.0.1;Database=design_time"));
}

internal sealed class SqlServerSecureDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSecureDbContext>
{
    public SqlServerSecureDbContext CreateDbContext(string[] args) =>
        (SqlServerSecureDbContext)SecureDbContextFactory.Create(new(WarehouseProvider.SqlServer, "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true"));
}
