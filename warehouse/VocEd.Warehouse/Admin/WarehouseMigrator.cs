using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;
using VocEd.Warehouse.Secure;
using VocEd.Warehouse.Seeding;

namespace VocEd.Warehouse.Admin;

/// <summary>
/// Creates or upgrades the schema (the provider's migrations), seeds the reference data, and creates or upgrades the
/// secure store beside it (<paramref name="secure"/>; by default the warehouse's own, <see cref="SecureStoreOptions.For"/>).
/// </summary>
public sealed class WarehouseMigrator(WarehouseOptions options, ReferenceDataSet reference, TimeProvider time, SecureStoreOptions? secure = null)
{
    public async Task<MigrationReport> MigrateAsync(CancellationToken ct)
    {
        EnsureSqliteDirectory(options);
        await using var db = WarehouseDbContextFactory.Create(options);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            // The analyst views are re-created below, from the new schema.
            await WarehouseViews.DropAsync(db, ct).ConfigureAwait(false);
        }

        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        await WarehouseViews.CreateAsync(db, ct).ConfigureAwait(false);
        var seed = await new ReferenceDataSeeder(db, reference, time).SeedAsync(ct).ConfigureAwait(false);
        var securePending = await new SecureStoreMigrator(secure ?? SecureStoreOptions.For(options)).MigrateAsync(ct).ConfigureAwait(false);
        return new MigrationReport(pending, seed) { AppliedSecureMigrations = securePending };
    }

    /// <summary>SQLite creates the file but not its folder: create ./data/ (or wherever the file lives) first.</summary>
    internal static void EnsureSqliteDirectory(WarehouseOptions options)
    {
        if (options.Provider != WarehouseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the folder {folder} for the SQLite warehouse {Path.GetFullPath(file)} ({ex.Message.TrimEnd('.')}): give --connection a file in a folder you can write", ex);
        }
    }
}
