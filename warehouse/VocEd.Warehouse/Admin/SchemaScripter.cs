using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure;

namespace VocEd.Warehouse.Admin;

/// <summary>Writes the full DDL of a provider's migrations (from an empty database to the latest), without connecting: the warehouse's, or the secure store's.</summary>
public static class SchemaScripter
{
    private static readonly Dictionary<WarehouseProvider, string> _placeholderConnections = new()
    {
        [WarehouseProvider.Sqlite] = "Data Source=script.db",
        [WarehouseProvider.Postgres] = "Host=127.0.0.1;Database=voced",
        [WarehouseProvider.SqlServer] = "Server=127.0.0.1;Database=voced;TrustServerCertificate=true",
    };

    public static string Generate(WarehouseProvider provider, bool idempotent = false)
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(provider, _placeholderConnections[provider]));
        var migrator = db.GetService<IMigrator>();
        var options = idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;
        return migrator.GenerateScript(fromMigration: null, toMigration: null, options: options);
    }

    /// <summary>The secure store's DDL (schema secure on PostgreSQL and SQL Server; its own file on SQLite).</summary>
    public static string GenerateSecure(WarehouseProvider provider, bool idempotent = false)
    {
        using var db = SecureDbContextFactory.Create(new SecureStoreOptions(provider, _placeholderConnections[provider]));
        var migrator = db.GetService<IMigrator>();
        var options = idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;
        return migrator.GenerateScript(fromMigration: null, toMigration: null, options: options);
    }
}
