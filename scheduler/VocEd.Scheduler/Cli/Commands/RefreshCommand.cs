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
        var command = new Command("refresh", "Refresh the cubes (cube_quality, cube_alignment, cube_alignment_section, cube_graduate_fit). Incremental by default: only partitions touched by submissions loaded, superseded or withdrawn since the last refresh are recomputed. One transaction; logged in cube_refresh_log.")
        {
            full,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            await using var services = ctx.Services(await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false));
            var report = await services.GetRequiredService<CubeRefresher>().RefreshAsync(ctx.Parse.GetValue(full), ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Mode} refresh #{report.RefreshLogId}: {report.SubmissionsSeen} submission(s) seen, {report.PartitionsTouched} {(report.Mode == "full" ? "base cell(s)" : "(school, year) partition(s)")} recomputed, academic year(s) [{string.Join(", ", report.AcademicYears)}] rebuilt, {report.RowsWritten} row(s) written in {report.Elapsed.TotalSeconds:F2} s")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
