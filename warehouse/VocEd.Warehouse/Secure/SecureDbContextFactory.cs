using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure.Providers;

namespace VocEd.Warehouse.Secure;

/// <summary>Creates the provider's secure-store DbContext; on PostgreSQL and SQL Server its migrations history is in schema secure too.</summary>
public static class SecureDbContextFactory
{
    private const string _history = "__EFMigrationsHistory";

    public static SecureDbContext Create(SecureStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            WarehouseProvider.Sqlite => new SqliteSecureDbContext(
                new DbContextOptionsBuilder<SqliteSecureDbContext>()
                    .UseSqlite(options.ConnectionString)
                    .Options),
            WarehouseProvider.Postgres => new PostgresSecureDbContext(
                new DbContextOptionsBuilder<PostgresSecureDbContext>()
                    .UseNpgsql(options.ConnectionString, o => o.MigrationsHistoryTable(_history, SecureDbContext.Schema))
                    .Options),
            WarehouseProvider.SqlServer => new SqlServerSecureDbContext(
                new DbContextOptionsBuilder<SqlServerSecureDbContext>()
                    .UseSqlServer(options.ConnectionString, o => o.MigrationsHistoryTable(_history, SecureDbContext.Schema))
                    .Options),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }
}
