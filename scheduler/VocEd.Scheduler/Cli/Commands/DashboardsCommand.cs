using System.CommandLine;
using System.Globalization;
using VocEd.Reports.Cubes;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced dashboards --out DIR [--scope 44] [--year Y]`: the static dashboard site (nation → province → prefecture) from the cubes.</summary>
internal static class DashboardsCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the site into (created if missing); open its index.html.", Required = true };
        var scope = new Option<string>("--scope")
        {
            Description = "Write only this region's subtree: CN (the default, every page), a province (44) or a prefecture (4401).",
            DefaultValueFactory = _ => SitePaths.Nation,
        };
        var year = new Option<int?>("--year") { Description = "Academic year to show (default: the latest with cube data)." };
        var minimum = new Option<int>("--min-denominator")
        {
            Description = "Withhold rates and salary statistics whose denominator is below this (disclosure control).",
            DefaultValueFactory = _ => DisclosureControl.DefaultMinimumDenominator,
        };
        var command = new Command("dashboards", "Render the dashboard site from the cubes: index.html (nation), 44/index.html, 44/4401/index.html and assets/; works offline and from a file share.")
        {
            outDir,
            scope,
            year,
            minimum,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var directory = (ctx.Parse.GetValue(outDir) ?? throw new UserErrorException("--out is required")).FullName;
            var region = (ctx.Parse.GetValue(scope) ?? SitePaths.Nation).Trim();
            var min = ctx.Parse.GetValue(minimum);
            if (min < 0)
            {
                throw new UserErrorException("--min-denominator cannot be negative");
            }

            DashboardSite site;
            try
            {
                site = await DashboardModelBuilder.BuildAsync(ctx.Warehouse(), region, ctx.Parse.GetValue(year), min, ct).ConfigureAwait(false);
            }
            catch (DashboardDataException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            var started = ctx.Time.GetTimestamp();
            var result = await DashboardRenderer.RenderAsync(site, directory, region, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Pages} page(s) and {result.Charts} chart(s) (PNG and SVG) of academic year {site.AcademicYear} in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s")).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"open {result.TopPage}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
