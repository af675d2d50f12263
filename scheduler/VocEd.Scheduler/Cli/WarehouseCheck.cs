using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Cli;

/// <summary>
/// Before a command that reads or changes an existing warehouse: is there one, with its schema? A missing SQLite file is
/// never opened (opening would create an empty one), and a warehouse without the schema, or behind on migrations, is
/// named with what to run — one line instead of "no such table" or 42P01 further on.
/// </summary>
internal static class WarehouseCheck
{
    public static async Task EnsureMigratedAsync(WarehouseOptions options, string homeDirectory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = ConnectionStrings.SqlitePath(options);
        if (path is not null && (Directory.Exists(path) || !File.Exists(path)))
        {
            var migrate = string.Equals(path, Path.GetFullPath(Path.Combine(homeDirectory, "data", "voced.db")), StringComparison.Ordinal)
                ? "./voced db migrate"
                : $"./voced --connection {path} db migrate";
            throw new UserErrorException($"no warehouse at {path}{(Directory.Exists(path) ? " (a folder)" : string.Empty)}: run {migrate}{DemoHint(homeDirectory, path)}");
        }

        await using var db = options.CreateContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct).ConfigureAwait(false)).ToList();
        if (applied.Count == 0)
        {
            throw new UserErrorException($"no warehouse in {ConnectionStrings.Describe(options)} (it has no schema): run ./voced db migrate with the same --provider and --connection{DemoHint(homeDirectory, path)}");
        }

        var pending = db.Database.GetMigrations().Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            throw new UserErrorException($"{ConnectionStrings.Describe(options)} lacks {pending.Count} migration(s), the latest {pending[^1]}: run ./voced db migrate");
        }
    }

    /// <summary>Where the demo's warehouse is, for a user who ran the demo and now asks the default warehouse (SQLite only).</summary>
    private static string DemoHint(string homeDirectory, string? path)
    {
        var demo = Path.Combine(homeDirectory, "data", "demo", "voced-demo.db");
        if (path is null || string.Equals(path, demo, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), demo);
        return File.Exists(demo)
            ? $", or use the demo's at {demo} (./voced --connection {(shown.StartsWith("..", StringComparison.Ordinal) ? demo : shown)} …)"
            : ", or run ./voced demo for a sample warehouse";
    }
}
