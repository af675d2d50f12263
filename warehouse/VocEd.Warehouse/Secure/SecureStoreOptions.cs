using Microsoft.Data.Sqlite;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure;

/// <summary>Where the secure store lives; also the factory of its contexts. <see cref="For"/> derives it from the warehouse.</summary>
public sealed record SecureStoreOptions(WarehouseProvider Provider, string ConnectionString) : ISecureContextFactory
{
    /// <summary>What is added to a SQLite warehouse's file name to name the secure store's file.</summary>
    public const string SqliteFileSuffix = "-secure";

    /// <inheritdoc/>
    public SecureDbContext CreateContext() => SecureDbContextFactory.Create(this);

    /// <summary>
    /// The secure store of <paramref name="warehouse"/>: on PostgreSQL and SQL Server the same database (schema
    /// <c>secure</c>); on SQLite a file beside the warehouse's, <c>voced.db</c> → <c>voced-secure.db</c>.
    /// </summary>
    public static SecureStoreOptions For(WarehouseOptions warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (warehouse.Provider != WarehouseProvider.Sqlite)
        {
            return new SecureStoreOptions(warehouse.Provider, warehouse.ConnectionString);
        }

        var builder = new SqliteConnectionStringBuilder(warehouse.ConnectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = SqliteFileBeside(builder.DataSource);
        }

        return new SecureStoreOptions(WarehouseProvider.Sqlite, builder.ToString());
    }

    /// <summary><c>data/voced.db</c> → <c>data/voced-secure.db</c>.</summary>
    public static string SqliteFileBeside(string warehouseFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(warehouseFile);
        var extension = Path.GetExtension(warehouseFile);
        return warehouseFile[..^extension.Length] + SqliteFileSuffix + extension;
    }

    /// <summary>The SQLite file of the store, or null (another provider, or in memory).</summary>
    public string? SqliteFile()
    {
        if (Provider != WarehouseProvider.Sqlite)
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        return string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory ? null : builder.DataSource;
    }
}
