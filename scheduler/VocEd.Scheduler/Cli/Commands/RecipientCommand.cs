using System.CommandLine;
using System.Globalization;
using System.Text;
using VocEd.Reports.Subscriptions;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced recipient import FILE.csv | list`: the officials who receive their region's reports (kept in the secure store; only counts are printed).</summary>
internal static class RecipientCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("recipient", "The officials who receive their region's reports by e-mail (personal data: kept in the secure store).");
        command.Subcommands.Add(Import(settings, output, error));
        command.Subcommands.Add(List(settings, output, error));
        return command;
    }

    private static Command Import(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV (UTF-8) with a header naming region,name,email (or 地区,姓名,邮箱)." };
        var replace = new Option<bool>("--replace") { Description = "Make the table equal to the file: recipients not in it are removed." };
        var command = new Command("import", "Add or update recipients from a CSV file (one row per region and address).") { file, replace };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var path = ctx.Parse.GetValue(file) ?? throw new UserErrorException("FILE is required");
            if (!path.Exists)
            {
                throw new UserErrorException($"no such file: {path.FullName}");
            }

            IReadOnlyList<RecipientRow> rows;
            using (var reader = new StreamReader(path.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
            {
                rows = RecipientCsv.Read(reader);
            }

            await using var services = ctx.Services();
            var result = await services.GetRequiredService<RecipientStore>().ImportAsync(rows, ctx.Parse.GetValue(replace), ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"read {result.Read} row(s): {result.Added} added, {result.Updated} updated, {result.Removed} removed; {result.PerRegion.Values.Sum()} recipient(s) in {result.PerRegion.Count} region(s)")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command List(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("list", "Print how many recipients each region has (counts only: the addresses stay in the secure store).");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services();
            var counts = await services.GetRequiredService<RecipientStore>().CountsAsync(ct).ConfigureAwait(false);
            foreach (var (region, count) in counts)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{region}  {count}")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{counts.Values.Sum()} recipient(s) in {counts.Count} region(s)")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
