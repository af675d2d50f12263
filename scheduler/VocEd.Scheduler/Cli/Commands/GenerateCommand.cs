using System.CommandLine;
using System.Globalization;
using VocEd.Generator;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced generate`: realistic sample submissions in every template format, with recorded faults (tools/VocEd.Generator).</summary>
internal static class GenerateCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var scale = new Option<string?>("--scale") { Description = "tiny (≈20 schools, 2–3 provinces), small (≈300 schools; default), province (one large province) or national (all 31 provinces, ≈11,000 schools, ≈35 million students a year).", HelpName = "tiny|small|province|national" };
        var year = new Option<string?>("--year") { Description = "Last academic year to write (its start year; 2024 = 2024-2025学年). Default 2024.", HelpName = "YEAR" };
        var years = new Option<string?>("--years") { Description = "How many academic years, ending at --year (1–5; default 1). Students persist across years.", HelpName = "N" };
        var seed = new Option<string?>("--seed") { Description = $"Random seed; the same arguments give byte-identical output (default {GeneratorOptions.DefaultSeed}).", HelpName = "S" };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default ./data/sample). An earlier sample there is replaced; any other content is refused.", HelpName = "DIR" };
        var faultRate = new Option<string?>("--fault-rate") { Description = "Share of rows (and files) given a recorded fault, 0–0.2 or a percentage like 1% (default 0). Every fault is listed in DIR/manifest.json.", HelpName = "R" };
        var formats = new Option<string?>("--formats") { Description = "Comma-separated formats to mix across files: csv, xlsx, json (default all three).", HelpName = "csv,xlsx,json" };
        var encoding = new Option<string?>("--encoding") { Description = "CSV text encoding: utf8, gb18030 or mixed (default mixed: UTF-8 with and without BOM, some GB18030).", HelpName = "utf8|gb18030|mixed" };
        var command = new Command("generate", "Write realistic sample submissions (school_profile, enrollment, graduate_destination, regional_industry) per the templates, with a manifest of every file and every injected fault.")
        {
            scale, year, years, seed, outDir, faultRate, formats, encoding,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var p = ctx.Parse;
            var options = GeneratorOptions.Parse(
                p.GetValue(scale),
                p.GetValue(year) ?? "2024",
                p.GetValue(outDir) ?? Path.Combine(ctx.Settings.HomeDirectory, "data", "sample"),
                p.GetValue(years),
                p.GetValue(seed),
                p.GetValue(faultRate),
                p.GetValue(formats),
                p.GetValue(encoding),
                ctx.Time);
            var generator = new SampleGenerator(ctx.Reference());
            var plan = generator.Plan(options);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generating {options.Scale.ToString().ToLowerInvariant()} sample, academic years {options.FirstYear}–{options.Year}: {plan.Schools.Count:N0} schools, about {plan.ExpectedStudentsTotal:N0} students a year → {Path.GetFullPath(options.OutputDirectory)}")).ConfigureAwait(false);
            var progress = new ConsoleProgress<GeneratorProgress>(ctx.Error, g => string.Create(CultureInfo.InvariantCulture,
                $"  {g.SchoolsDone:N0}/{g.SchoolsTotal:N0} schools, {g.FilesWritten:N0} files, {g.RowsWritten:N0} rows, {g.RowsWritten / Math.Max(g.Elapsed.TotalSeconds, 0.001):N0} rows/s"));
            var result = await generator.RunAsync(options, progress, ct).ConfigureAwait(false);
            progress.Finish();
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.FilesWritten:N0} files, {result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            foreach (var (kind, rows) in result.RowsByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {kind,-22}{rows,14:N0} rows")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"faults injected: {result.FaultsInjected:N0}; rows the ETL must reject: {result.ExpectedRejectedRows:N0}; files it must quarantine: {result.ExpectedQuarantinedFiles:N0}")).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"manifest: {result.ManifestPath}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
