using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NUnit.Framework;
using VocEd.Warehouse.Data;

namespace VocEd.Testing;

/// <summary>Fresh warehouses for integration tests: a SQLite file in a temp folder, or a database on the test PostgreSQL server.</summary>
public static class TestWarehouses
{
    public static WarehouseOptions Sqlite(TempDirectory directory, string name = "warehouse.db")
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new WarehouseOptions(
            WarehouseProvider.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = directory.File(name), Pooling = false }.ToString());
    }

    public static async Task<WarehouseOptions> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new WarehouseOptions(WarehouseProvider.Postgres, await server.CreateDatabaseAsync().ConfigureAwait(false));
    }

    /// <summary>The SQL Server connection string from VOCED_TEST_SQLSERVER, or an ignored test saying why not.</summary>
    public static WarehouseOptions SqlServerOrIgnore()
    {
        var connection = Environment.GetEnvironmentVariable("VOCED_TEST_SQLSERVER");
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new WarehouseOptions(WarehouseProvider.SqlServer, connection);
        }

        Assert.Ignore("SQL Server test skipped: set VOCED_TEST_SQLSERVER to a connection string of a server this test may create tables on");
        throw new UnreachableException();
    }
}
