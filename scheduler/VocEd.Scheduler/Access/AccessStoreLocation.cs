using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Access;

/// <summary>
/// Where accounts, key hashes, uploads and the audit log live: apart from what analysts read. On PostgreSQL and SQL
/// Server the warehouse's database, schema <c>secure</c> (which <c>db grant-readonly</c> leaves out); on SQLite the
/// file beside the warehouse's, <c>voced.db</c> → <c>voced-secure.db</c>, that also holds the report recipients.
/// </summary>
internal sealed record AccessStoreLocation(WarehouseProvider Provider, string ConnectionString)
{
    /// <summary>What is added to a SQLite warehouse's file name to name the secure file.</summary>
    public const string SqliteFileSuffix = "-secure";

    /// <summary>The store of <paramref name="warehouse"/>.</summary>
    public static AccessStoreLocation For(WarehouseOptions warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (warehouse.Provider != WarehouseProvider.Sqlite)
        {
            return new AccessStoreLocation(warehouse.Provider, warehouse.ConnectionString);
        }

        var builder = new SqliteConnectionStringBuilder(warehouse.ConnectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException("accounts need a warehouse in a file: an in-memory SQLite warehouse has no place beside it for them");
        }

        var extension = Path.GetExtension(builder.DataSource);
        builder.DataSource = builder.DataSource[..^extension.Length] + SqliteFileSuffix + extension;
        builder.Pooling = true;
        builder.DefaultTimeout = 60;
        return new AccessStoreLocation(WarehouseProvider.Sqlite, builder.ToString());
    }

    /// <summary>The SQLite file, or null on another provider.</summary>
    public string? SqliteFile => Provider == WarehouseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>A table's name as SQL: <c>secure.acc_account</c>, or <c>acc_account</c> in the SQLite file.</summary>
    public string Table(string name) => Provider == WarehouseProvider.Sqlite ? name : "secure." + name;

    public DbConnection CreateConnection() => Provider switch
    {
        WarehouseProvider.Sqlite => new SqliteConnection(ConnectionString),
        WarehouseProvider.Postgres => new NpgsqlConnection(ConnectionString),
        WarehouseProvider.SqlServer => new SqlConnection(ConnectionString),
        _ => throw new NotSupportedException(Provider.ToString()),
    };
}
