using System.CommandLine;
using System.Globalization;
using VocEd.Reports.Cubes;
using VocEd.Reports.Exports;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced export --format csv|parquet --out DIR`: every cube for statisticians, with codebook and manifest.</summary>
internal static class ExportCommand
{
    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var format = new Option<string[]>("--format")
        {
            Description = "csv, parquet, or both (the default); repeat or comma-separate.",
            HelpName = "csv|parquet",
            AllowMultipleArgumentsPerToken = true,
        };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the files into (created if missing).", Required = true };
        var minimum = new Option<int>("--min-denominator")
        {
            Description = "Suppress rates and salary statistics whose denominator is below this (disclosure control).",
            DefaultValueFactory = _ => DisclosureControl.DefaultMinimumDenominator,
        };
        var command = new Command("export", "Write every cube as CSV (UTF-8 with BOM) and Parquet, with codebook.md, codebook.json and manifest.json (row counts, SHA-256).")
        {
            format,
            outDir,
            minimum,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var formats = ParseFormats(ctx.Parse.GetValue(format));
            var requested = (ctx.Parse.GetValue(outDir) ?? throw new UserErrorException("--out is required")).FullName;
            var warehouse = await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false);
            var directory = OutputFolder.Ensure(requested);
            await using var services = ctx.Services(warehouse);
            var manifest = await services.GetRequiredService<CubeExporter>().ExportAsync(directory, formats, ctx.Parse.GetValue(minimum), ct).ConfigureAwait(false);
            foreach (var file in manifest.Files)
            {
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.File,-32} {(file.Rows?.ToString(CultureInfo.InvariantCulture) ?? "-"),8} rows  {file.Sha256}")).ConfigureAwait(false);
            }

            await ctx.Out.WriteLineAsync($"wrote {manifest.Files.Count} file(s) and manifest.json to {directory}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    internal static ExportFormats ParseFormats(string[]? values)
    {
        var formats = ExportFormats.None;
        foreach (var value in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            formats |= value.ToLowerInvariant() switch
            {
                "csv" => ExportFormats.Csv,
                "parquet" => ExportFormats.Parquet,
                "both" => ExportFormats.Both,
                _ => throw new UserErrorException($"unknown export format '{value}': use csv or parquet"),
            };
        }

        return formats == ExportFormats.None ? ExportFormats.Both : formats;
    }
}
