using System.CommandLine;
using System.Globalization;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced user add NAME --role R [--region CODE | --school CODE] [--password-stdin]`, `voced user list`,
/// `voced user disable NAME [--enable]`, `voced user reset NAME [--password-stdin]`: the web host's accounts, kept in
/// the secure store. Without --password-stdin a password is generated and printed once.
/// </summary>
internal static class UserCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("user", "The web host's accounts: admin, submitter (bound to a school or region), official (bound to a region). Kept in the secure store (docs/access.md).");
        command.Subcommands.Add(Add(settings, output, error));
        command.Subcommands.Add(List(settings, output, error));
        command.Subcommands.Add(Disable(settings, output, error));
        command.Subcommands.Add(Reset(settings, output, error));
        return command;
    }

    /// <summary>The account service of the warehouse named on the command line or in the settings, its tables created if missing.</summary>
    internal static async Task<AccountService> AccountsAsync(CommandContext ctx, CancellationToken ct)
    {
        AccessStore store;
        try
        {
            store = new AccessStore(AccessStoreLocation.For(ctx.Warehouse()));
        }
        catch (InvalidOperationException ex)
        {
            throw new UserErrorException(ex.Message, ex);
        }

        await store.EnsureCreatedAsync(ct).ConfigureAwait(false);
        return new AccountService(store, ctx.Settings.AccessSettings(), ctx.Time);
    }

    private static Command Add(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "The user name (letters, digits, . - _ @)." };
        var role = new Option<string>("--role") { Description = "admin, submitter or official.", Required = true };
        var region = new Option<string?>("--region") { Description = "The binding: CN, a province (44) or a prefecture (4401).", HelpName = "CODE" };
        var school = new Option<string?>("--school") { Description = "A submitter's school code.", HelpName = "CODE" };
        var stdin = PasswordStdin();
        var command = new Command("add", "Add an account; prints a generated password once unless --password-stdin.") { name, role, region, school, stdin };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await AccountsAsync(ctx, ct).ConfigureAwait(false);
            var (password, generated) = await PasswordAsync(ctx.Parse.GetValue(stdin)).ConfigureAwait(false);
            Account account;
            try
            {
                account = await accounts.AddAsync(ctx.Parse.GetValue(name)!, ctx.Parse.GetValue(role)!, ctx.Parse.GetValue(region), ctx.Parse.GetValue(school), password, ct).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            await ctx.Out.WriteLineAsync($"added {account.UserName} ({account.Role}, {account.Binding})").ConfigureAwait(false);
            if (generated)
            {
                await ctx.Out.WriteLineAsync($"password (shown once): {password}").ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command List(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("list", "Print every account: name, role, binding, state, active keys.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await AccountsAsync(ctx, ct).ConfigureAwait(false);
            var now = ctx.Time.GetUtcNow().UtcDateTime;
            var all = await accounts.Store.ListAccountsAsync(ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync("name\trole\tbinding\tstate\tkeys").ConfigureAwait(false);
            foreach (var (account, keys) in all)
            {
                var state = account.IsDisabled ? "disabled" : account.IsLockedAt(now) ? "locked until " + account.LockedUntil!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "active";
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{account.UserName}\t{account.Role}\t{account.Binding}\t{state}\t{keys}")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{all.Count} account(s)")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Disable(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "The user name." };
        var enable = new Option<bool>("--enable") { Description = "Enable the account again instead." };
        var command = new Command("disable", "Disable an account: its sign-ins, sessions and API keys stop working at once.") { name, enable };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await AccountsAsync(ctx, ct).ConfigureAwait(false);
            var user = ctx.Parse.GetValue(name)!;
            var on = ctx.Parse.GetValue(enable);
            if (!await accounts.Store.SetDisabledAsync(user, !on, ct).ConfigureAwait(false))
            {
                throw new UserErrorException($"no account named '{AccessStore.NormalizeUserName(user)}'");
            }

            await ctx.Out.WriteLineAsync($"{(on ? "enabled" : "disabled")} {AccessStore.NormalizeUserName(user)}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Reset(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "The user name." };
        var stdin = PasswordStdin();
        var command = new Command("reset", "Set a new password (generated and printed once unless --password-stdin) and lift a lockout; the account's sessions end.") { name, stdin };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await AccountsAsync(ctx, ct).ConfigureAwait(false);
            var user = ctx.Parse.GetValue(name)!;
            var (password, generated) = await PasswordAsync(ctx.Parse.GetValue(stdin)).ConfigureAwait(false);
            bool found;
            try
            {
                found = await accounts.ResetAsync(user, password, ct).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            if (!found)
            {
                throw new UserErrorException($"no account named '{AccessStore.NormalizeUserName(user)}'");
            }

            await ctx.Out.WriteLineAsync($"reset the password of {AccessStore.NormalizeUserName(user)}").ConfigureAwait(false);
            if (generated)
            {
                await ctx.Out.WriteLineAsync($"password (shown once): {password}").ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Option<bool> PasswordStdin() => new("--password-stdin") { Description = "Read the password from the first line of standard input (never from the command line, where others can see it)." };

    private static async Task<(string Password, bool Generated)> PasswordAsync(bool fromStdin)
    {
        if (!fromStdin)
        {
            return (AccountService.GeneratePassword(), true);
        }

        var line = await Console.In.ReadLineAsync().ConfigureAwait(false);
        return (line ?? throw new UserErrorException("no password on standard input"), false);
    }
}
