using System.CommandLine;
using System.Globalization;
using VocEd.Cubes.Refresh;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced refresh [--full]`: refresh the cubes (incremental by default) in one transaction, logged in cube_refresh_log.</summary>
internal static class RefreshCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var full = new Option<bool>("--full") { Description = "Recompute every cube from all facts instead of only the (school, year) partitions touched since the last refresh." };
        var noWait = new Option<bool>("--no-wait") { Description = "When another refresh is running (a scheduler job, another voced refresh), say which and exit 1 instead of waiting for it." };
        var command = new Command("refresh", "Refresh the cubes (cube_quality, cube_alignment, cube_alignment_section, cube_graduate_fit). Incremental by default: only partitions touched by submissions loaded, superseded or withdrawn since the last refresh are recomputed. One transaction; logged in cube_refresh_log. Never beside another refresh: waits for one that runs (says which).")
        {
            full,
            noWait,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services(await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false));
            RefreshLease lease;
            try
            {
                lease = await services.GetRequiredService<RefreshLock>().AcquireAsync("cli", ctx.Parse.GetValue(noWait) ? TimeSpan.Zero : TimeSpan.FromDays(365),
                    holder => ctx.Error.WriteLineAsync($"voced: waiting for the refresh held by {RefreshLock.Describe(holder)}"), ct).ConfigureAwait(false);
            }
            catch (RefreshLockedException locked)
            {
                await ctx.Error.WriteLineAsync($"voced: {locked.Message}; not refreshed (run again, or without --no-wait to wait for it)").ConfigureAwait(false);
                return 1;
            }

            await using var held = lease.ConfigureAwait(false);
            var report = await services.GetRequiredService<CubeRefresher>().RefreshAsync(ctx.Parse.GetValue(full), ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Mode} refresh #{report.RefreshLogId}: {report.SubmissionsSeen} submission(s) seen, {report.PartitionsTouched} {(report.Mode == "full" ? "base cell(s)" : "(school, year) partition(s)")} recomputed, academic year(s) [{string.Join(", ", report.AcademicYears)}] rebuilt, {report.RowsWritten} row(s) written in {report.Elapsed.TotalSeconds:F2} s")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
