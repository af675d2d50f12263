using Microsoft.EntityFrameworkCore;

namespace VocEd.Warehouse.Data;

/// <summary>
/// Per-provider settings of a long-lived warehouse connection used by the ETL. SQLite: write-ahead logging (readers
/// never block the single writer, a killed writer leaves no torn file) and a busy timeout (10 minutes) so concurrent workers
/// queue for the write lock instead of failing. PostgreSQL and SQL Server need nothing.
/// </summary>
public static class WarehouseSessionSetup
{
    /// <summary>Opens the context's connection (it stays open until the context is disposed) and applies the provider's settings.</summary>
    public static async Task OpenAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        switch (db.Provider)
        {
            case WarehouseProvider.Sqlite:
                await SqliteAsync(db, ct).ConfigureAwait(false);
                break;
            case WarehouseProvider.Postgres:
            case WarehouseProvider.SqlServer:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(db), db.Provider, "unknown provider");
        }
    }

    private static async Task SqliteAsync(WarehouseDbContext db, CancellationToken ct)
    {
        // journal_mode=WAL persists in the file; synchronous=NORMAL is the durable-enough setting for WAL.
        await db.Database.ExecuteSqlRawAsync("pragma journal_mode = wal;", ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("pragma synchronous = normal;", ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("pragma busy_timeout = 600000;", ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("pragma cache_size = -131072;", ct).ConfigureAwait(false);
    }
}
