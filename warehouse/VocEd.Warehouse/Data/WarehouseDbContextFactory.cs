using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data.Providers;

namespace VocEd.Warehouse.Data;

/// <summary>Creates the provider's DbContext for a <see cref="WarehouseOptions"/>.</summary>
public static class WarehouseDbContextFactory
{
    public static WarehouseDbContext Create(WarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            WarehouseProvider.Sqlite => new SqliteWarehouseDbContext(
                new DbContextOptionsBuilder<SqliteWarehouseDbContext>()
                    .UseSqlite(options.ConnectionString, o => o.CommandTimeout(3600))
                    .Options),
            WarehouseProvider.Postgres => new PostgresWarehouseDbContext(
                new DbContextOptionsBuilder<PostgresWarehouseDbContext>()
                    .UseNpgsql(options.ConnectionString, o => o.CommandTimeout(3600))
                    .Options),
            WarehouseProvider.SqlServer => new SqlServerWarehouseDbContext(
                new DbContextOptionsBuilder<SqlServerWarehouseDbContext>()
                    .UseSqlServer(options.ConnectionString, o => o.CommandTimeout(3600))
                    .Options),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }
}
