using System.CommandLine;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced key create --user NAME`, `voced key revoke PREFIX`: API keys for programs (sent as <c>Authorization: ApiKey prefix.secret</c>).</summary>
internal static class KeyCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("key", "API keys for programs: each belongs to one account and has its role and binding; shown once, stored as its SHA-256.");
        var user = new Option<string>("--user") { Description = "The account the key belongs to.", Required = true, HelpName = "NAME" };
        var create = new Command("create", "Create a key and print it once.") { user };
        create.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await UserCommand.AccountsAsync(ctx, ct).ConfigureAwait(false);
            Access.CreatedApiKey key;
            try
            {
                key = await accounts.CreateKeyAsync(ctx.Parse.GetValue(user)!, ct).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new UserErrorException(ex.Message, ex);
            }

            await ctx.Out.WriteLineAsync($"key {key.Prefix} created; it is shown this once:").ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(key.Key).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"send it as: Authorization: ApiKey {key.Key}").ConfigureAwait(false);
            return 0;
        }));
        var prefix = new Argument<string>("prefix") { Description = "The key's prefix (the part before the dot)." };
        var revoke = new Command("revoke", "Revoke a key by its prefix; it stops working at once.") { prefix };
        revoke.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var accounts = await UserCommand.AccountsAsync(ctx, ct).ConfigureAwait(false);
            var which = ctx.Parse.GetValue(prefix)!.Split('.')[0];
            if (!await accounts.Store.RevokeKeyAsync(which, ctx.Time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false))
            {
                throw new UserErrorException($"no active key with prefix '{which}'");
            }

            await ctx.Out.WriteLineAsync($"revoked key {which}").ConfigureAwait(false);
            return 0;
        }));
        command.Subcommands.Add(create);
        command.Subcommands.Add(revoke);
        return command;
    }
}
