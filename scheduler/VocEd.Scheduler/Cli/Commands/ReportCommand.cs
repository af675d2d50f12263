using System.CommandLine;
using System.Globalization;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Queries;
using VocEd.Reports.Rendering;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced report --report ID --scope S [--year Y] --out DIR`: the officials' Excel workbooks, for one region or fanned
/// out over every province (<c>every-province</c>) or every prefecture of a province (<c>every-prefecture:44</c>);
/// `voced report list` prints the catalog.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var report = new Option<string?>("--report") { Description = "Report id: regional-quality or major-industry-alignment (see `voced report list`).", HelpName = "id" };
        var scope = new Option<string?>("--scope")
        {
            Description = "CN, a province (44), a prefecture (4401), every-province, or every-prefecture:44.",
            HelpName = "region",
        };
        var year = new Option<int?>("--year") { Description = "Academic year (2024 = 2024-2025学年); default: the latest year with cube rows for the region." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Folder to write the workbooks into (created if missing)." };
        var minimum = new Option<int>("--min-denominator")
        {
            Description = "Withhold rates and salary statistics whose denominator is below this (disclosure control).",
            DefaultValueFactory = _ => DisclosureControl.DefaultMinimumDenominator,
        };
        var command = new Command("report", "Render an Excel report for officials (one region, or every province / every prefecture of a province).")
        {
            report,
            scope,
            year,
            outDir,
            minimum,
        };
        command.Subcommands.Add(List(settings, output, error));
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var definition = ReportCatalog.Get(ctx.Parse.GetValue(report) ?? throw new UserErrorException("--report is required: use regional-quality or major-industry-alignment"));
            var selection = ScopeSelection.Parse(ctx.Parse.GetValue(scope) ?? throw new UserErrorException("--scope is required: CN, 44, 4401, every-province or every-prefecture:44"));
            var requested = (ctx.Parse.GetValue(outDir) ?? throw new UserErrorException("--out is required")).FullName;
            var warehouse = await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false);
            var directory = OutputFolder.Ensure(requested);
            var renderer = new ReportRenderer(warehouse, ctx.Reference().PolicyThresholds, ctx.Parse.GetValue(minimum));
            var printer = new Progress(ctx.Out);
            IReadOnlyList<RenderedReport> results;
            try
            {
                results = await renderer.RenderAllAsync(definition, selection, ctx.Parse.GetValue(year), directory, printer, ct).ConfigureAwait(false);
            }
            catch (ReportNoDataException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            var written = results.Count(r => !r.Skipped);
            if (selection.IsFanOut)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {written} workbook(s) to {directory}; skipped {results.Count - written} region(s) without data")).ConfigureAwait(false);
                if (written == 0)
                {
                    throw new UserErrorException($"no region of {selection} has data for {definition.Id}{(ctx.Parse.GetValue(year) is { } y ? string.Create(CultureInfo.InvariantCulture, $" in {y}") : string.Empty)}");
                }
            }

            return 0;
        }));
        return command;
    }

    private static Command List(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("list", "Print the report catalog: ids, titles, scopes and sheets.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, _) =>
        {
            foreach (var definition in ReportCatalog.All)
            {
                await ctx.Out.WriteLineAsync($"{definition.Id}  {definition.Title}").ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"  scopes: {definition.ScopesText}").ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"  sheets: {string.Join(" · ", definition.Sheets)}").ConfigureAwait(false);
                await ctx.Out.WriteLineAsync($"  {definition.Question}").ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync("file names: {scope_code}_{scope_name}_{title}_{year}学年.xlsx").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>One line per region as it is rendered or skipped (synchronously: the order of the lines is the order of the work).</summary>
    private sealed class Progress(TextWriter output) : IProgress<RenderedReport>
    {
        public void Report(RenderedReport value) =>
            output.WriteLine(value.Skipped
                ? $"no_data {value.Scope.Code}: {value.NoData}"
                : string.Create(CultureInfo.InvariantCulture, $"wrote {value.Path} ({value.ReportId}, {value.Scope.Code}, {value.Year})"));
    }
}
