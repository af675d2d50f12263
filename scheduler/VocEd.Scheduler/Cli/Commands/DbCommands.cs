using System.CommandLine;
using System.Text;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced db migrate | script | summary | dictionary | grant-readonly`: schema, reference data and analyst access of the warehouse.</summary>
internal static class DbCommands
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var db = new Command("db", "Create, upgrade, script and inspect the warehouse database.");
        db.Subcommands.Add(Migrate(settings, output, error));
        db.Subcommands.Add(Script(settings, output, error));
        db.Subcommands.Add(Summary(settings, output, error));
        db.Subcommands.Add(Dictionary(settings, output, error));
        db.Subcommands.Add(Indicators(settings, output, error));
        db.Subcommands.Add(GrantReadOnly(settings, output, error));
        return db;
    }

    private static Command Migrate(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("migrate", "Create or upgrade the schema (the provider's migrations) and seed the reference data. Safe to run again.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var options = ctx.Warehouse();
            await using var services = ctx.Services(options);
            var report = await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(report.AppliedMigrations.Count == 0
                ? $"schema of the {options.Provider.ToName()} warehouse is up to date"
                : $"applied {report.AppliedMigrations.Count} migration(s) to the {options.Provider.ToName()} warehouse: {string.Join(", ", report.AppliedMigrations)}").ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(report.AppliedSecureMigrations.Count == 0
                ? "secure store (recipients, accounts) is up to date"
                : $"applied {report.AppliedSecureMigrations.Count} migration(s) to the secure store (recipients, accounts): {string.Join(", ", report.AppliedSecureMigrations)}").ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"reference data: {report.Seed.Inserted} row(s) inserted, {report.Seed.Updated} updated").ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"analyst views re-created: {string.Join(", ", WarehouseViews.All.Select(v => v.Name))}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Script(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the script to this file instead of standard output." };
        var idempotent = new Option<bool>("--idempotent") { Description = "Guard each migration so the script can run against a database that already has some of them." };
        var secure = new Option<bool>("--secure") { Description = "Script the secure store (schema secure: recipients, accounts, API-key hashes, uploads, audit log) instead of the warehouse." };
        var command = new Command("script", "Print the full DDL of the warehouse for a provider (e.g. --provider sqlserver for T-SQL), from an empty database to the latest migration. Does not connect.")
        {
            outFile,
            idempotent,
            secure,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var provider = ctx.Provider();
            var script = ctx.Parse.GetValue(secure)
                ? SchemaScripter.GenerateSecure(provider, ctx.Parse.GetValue(idempotent))
                : SchemaScripter.Generate(provider, ctx.Parse.GetValue(idempotent));
            if (ctx.Parse.GetValue(outFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, script, new UTF8Encoding(false), ct).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"wrote {provider.ToName()} script to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await ctx.Out.WriteAsync(script).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command Summary(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("summary", "Print what the warehouse holds: regions, catalogs, industries, facts, submissions.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var db = (await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false)).CreateContext();
            var summary = await WarehouseSummary.ReadAsync(db, ct).ConfigureAwait(false);
            await SummaryPrinter.PrintAsync(ctx.Out, summary).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Dictionary(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the dictionary to this file (e.g. docs/warehouse.md) instead of standard output." };
        var command = new Command("dictionary", "Print the data dictionary (every table, view and column with type and meaning) generated from the model. Does not connect.")
        {
            outFile,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var text = DataDictionaryWriter.Generate();
            if (ctx.Parse.GetValue(outFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"wrote the data dictionary to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await ctx.Out.WriteAsync(text).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command Indicators(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the catalog to this file (e.g. docs/indicators.md) instead of standard output." };
        var command = new Command("indicators", "Print every indicator of the cubes (names, formula, unit, disclosure control, source) from the indicator registry. Does not connect.")
        {
            outFile,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var text = IndicatorCatalogWriter.Generate();
            if (ctx.Parse.GetValue(outFile) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"wrote the indicator catalog to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await ctx.Out.WriteAsync(text).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command GrantReadOnly(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var user = new Option<string>("--user") { Description = "Name of the read-only login to create (lower-case letters, digits, _).", Required = true };
        var reset = new Option<bool>("--reset-password") { Description = "When the login exists already, give it a new generated password (printed once); without it, an existing login keeps its password." };
        var command = new Command("grant-readonly", "Create a read-only login for analysts, or renew its grants when it exists (PostgreSQL, SQL Server); on SQLite, explain the read-only connection mode (Mode=ReadOnly). Safe to run again.")
        {
            user,
            reset,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            if (ctx.Warehouse().Provider == WarehouseProvider.Sqlite)
            {
                await ctx.Out.WriteLineAsync(ReadOnlyLogin.SqliteAdvice).ConfigureAwait(false);
                return 0;
            }

            var options = await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false);
            var name = ctx.Parse.GetValue(user) ?? string.Empty;
            var grant = await ReadOnlyLogin.GrantAsync(options, name, ctx.Parse.GetValue(reset), ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(grant switch
            {
                { Created: true } => $"created read-only login {name} on the {options.Provider.ToName()} warehouse; password (shown once): {grant.Password}",
                { Password: { } password } => $"read-only login {name} exists on the {options.Provider.ToName()} warehouse: grants renewed, new password (shown once): {password}",
                _ => $"read-only login {name} exists on the {options.Provider.ToName()} warehouse: grants renewed, password unchanged (--reset-password gives it a new one)",
            }).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
