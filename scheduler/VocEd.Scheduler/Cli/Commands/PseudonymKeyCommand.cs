using System.CommandLine;
using System.Globalization;
using VocEd.Etl.Pseudonymize;
using VocEd.Warehouse.Admin;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced pseudonym-key init | fingerprint | rotate`: the one way a pseudonym key is made, how it is identified without
/// being shown, and how it is replaced (the stored pseudonyms re-keyed in one transaction).
/// </summary>
internal static class PseudonymKeyCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("pseudonym-key", "Make, identify and rotate the pseudonym key (the secret of the citizen ID pseudonyms; kept outside the warehouse, in Etl:PseudonymKeyFile, default ./data/secrets/pseudonym-key.json).");
        command.Subcommands.Add(Init(settings, output, error));
        command.Subcommands.Add(Fingerprint(settings, output, error));
        command.Subcommands.Add(Rotate(settings, output, error));
        return command;
    }

    private static Option<string?> KeyFileOption() =>
        new("--key-file") { Description = "The key file (default: Etl:PseudonymKeyFile, ./data/secrets/pseudonym-key.json).", HelpName = "PATH" };

    private static string KeyFile(CommandContext ctx, Option<string?> option) =>
        ctx.Parse.GetValue(option) is { } path ? Path.GetFullPath(path) : ctx.Settings.Etl().PseudonymKeyFile;

    private static Command Init(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var keyFile = KeyFileOption();
        var command = new Command("init", "Make a new random pseudonym key (mode 600, its folder 700). Refuses an existing file. Do this once per warehouse and back the file up: without it, later submissions cannot be linked to earlier ones.")
        {
            keyFile,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var path = KeyFile(ctx, keyFile);
            var key = PseudonymKey.Init(path);
            await ctx.Out.WriteLineAsync($"made pseudonym key version {key.Version} in {TerminalText.Escape(path)} (fingerprint {key.Fingerprint}); back this file up").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Fingerprint(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var keyFile = KeyFileOption();
        var command = new Command("fingerprint", "Print the key's version and fingerprint (a keyed hash that names the key without revealing it), as the warehouse records it.")
        {
            keyFile,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var path = KeyFile(ctx, keyFile);
            var key = PseudonymKey.Load(path);
            for (var version = 1; version <= key.Version; version++)
            {
                if (key.FingerprintOf(version) is { } fingerprint)
                {
                    await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"version {version}: {fingerprint}{(version == key.Version ? " (current)" : string.Empty)}")).ConfigureAwait(false);
                }
            }

            return 0;
        }));
        return command;
    }

    private static Command Rotate(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var keyFile = KeyFileOption();
        var command = new Command("rotate", "Replace the key: a new key version is added to the key file (the old one stays in it) and every stored pseudonym p becomes HMAC(new key, p), in one transaction; from then on pseudonyms are HMAC(new, HMAC(old, id)). Stop ingests first.")
        {
            keyFile,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var path = KeyFile(ctx, keyFile);
            var warehouse = ctx.Warehouse();
            await new WarehouseMigrator(warehouse, ctx.Reference(), ctx.Time).MigrateAsync(ct).ConfigureAwait(false);
            var result = await PseudonymKeyRegistry.RotateAsync(warehouse, path, ctx.Time, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"rotated the pseudonym key of {TerminalText.Escape(path)} from version {result.FromVersion} to {result.ToVersion} (fingerprint {result.Fingerprint}); {result.RowsRekeyed:N0} stored pseudonyms re-keyed; back the file up again")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
