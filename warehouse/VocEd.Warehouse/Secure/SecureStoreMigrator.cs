using Microsoft.EntityFrameworkCore;

namespace VocEd.Warehouse.Secure;

/// <summary>
/// Creates or upgrades the secure store (its provider's migrations); idempotent. On SQLite the file is made readable
/// by its owner only, as it holds personal data.
/// </summary>
public sealed class SecureStoreMigrator(SecureStoreOptions options)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        var file = options.SqliteFile();
        if (file is not null && Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var db = options.CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        if (file is not null && File.Exists(file) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return pending;
    }
}
