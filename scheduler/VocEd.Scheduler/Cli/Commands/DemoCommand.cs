using System.CommandLine;
using Microsoft.Data.Sqlite;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced demo`: the main job on the embedded default. Builds a fresh SQLite warehouse under
/// ./data/demo/, migrates and seeds it, and prints what it holds.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("demo", "Run the main job on a fresh embedded (SQLite) warehouse under ./data/demo/ and print a summary. With --provider/--connection, run it on that warehouse instead (not wiped).");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var options = ctx.WarehouseGivenOnCommandLine ? ctx.Warehouse() : FreshDemoWarehouse(ctx.Settings.HomeDirectory);
            await ctx.Out.WriteLineAsync($"VocEd Warehouse demo — {options.Provider.ToName()} warehouse: {Describe(options)}").ConfigureAwait(false);
            var started = ctx.Time.GetTimestamp();
            var report = await new WarehouseMigrator(options, ctx.Reference(), ctx.Time).MigrateAsync(ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"migrated ({report.AppliedMigrations.Count} migration(s)) and seeded reference data ({report.Seed.Inserted} rows) in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s").ConfigureAwait(false);

            await using var db = WarehouseDbContextFactory.Create(options);
            var summary = await WarehouseSummary.ReadAsync(db, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync("the warehouse holds:").ConfigureAwait(false);
            await SummaryPrinter.PrintAsync(ctx.Out, summary).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static WarehouseOptions FreshDemoWarehouse(string home)
    {
        var folder = Directory.CreateDirectory(Path.Combine(home, "data", "demo")).FullName;
        var file = Path.Combine(folder, "voced-demo.db");
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }

        return new WarehouseOptions(WarehouseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    private static string Describe(WarehouseOptions options) =>
        options.Provider == WarehouseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(options.ConnectionString).DataSource
            : "(connection from configuration)";
}
