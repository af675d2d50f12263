using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using VocEd.Reports.Cubes;
using VocEd.Reports.Exports;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Text;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>`voced cube query | headlines`: read the cubes without writing SQL.</summary>
internal static class CubeCommand
{
    /// <summary>Every cube of the catalog by the name <c>--cube</c> takes (its table without <c>cube_</c>).</summary>
    private static readonly string _cubeNames = string.Join(", ", CubeCatalog.All.Select(c => c.Table.StartsWith("cube_", StringComparison.Ordinal) ? c.Table["cube_".Length..] : c.Table));

    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var cube = new Command("cube", "Read the cubes without SQL.");
        cube.Subcommands.Add(Query(settings, output, error));
        cube.Subcommands.Add(Headlines(settings, output, error));
        return cube;
    }

    private static Command Query(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--cube") { Description = _cubeNames + ".", Required = true };
        var region = new Option<string?>("--region") { Description = "Region code: CN, east|central|west|northeast, a 2-digit province or a 4-digit prefecture." };
        var year = new Option<int?>("--year") { Description = "Academic year (graduation year for graduate_fit)." };
        var by = new Option<string?>("--by") { Description = "quality only: school_type, one row per school type (default: school_type all only). The other cubes print every row of the region and year." };
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        var minimum = new Option<int>("--min-denominator") { Description = "Disclosure control: suppress rates and salary statistics with a smaller denominator.", DefaultValueFactory = _ => DisclosureControl.DefaultMinimumDenominator };
        var command = new Command("query", "Print the rows of one cube for a region and year, with disclosure control, as a table, CSV or JSON.")
        {
            name, region, year, by, format, minimum,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var raw = ctx.Parse.GetValue(name) ?? string.Empty;
            var definition = CubeCatalog.All.FirstOrDefault(c => c.Table == "cube_" + raw || c.Table == raw)
                ?? throw new UserErrorException($"unknown cube '{raw}': use {_cubeNames}");
            var breakdown = ctx.Parse.GetValue(by);
            if (breakdown is not null && (definition != CubeCatalog.Quality || breakdown != "school_type"))
            {
                throw new UserErrorException(definition == CubeCatalog.Quality
                    ? $"--by {breakdown}: cube_quality breaks down by school_type only (without --by it prints school_type all)"
                    : $"--by {breakdown}: {definition.Table} has no breakdown to choose; it prints every row of the region and year");
            }

            var formatName = ctx.Parse.GetValue(format) ?? "table";
            if (formatName is not ("table" or "csv" or "json"))
            {
                throw new UserErrorException($"unknown format '{formatName}': use table, csv or json");
            }

            var options = await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false);
            var regionCode = ctx.Parse.GetValue(region);
            var academicYear = ctx.Parse.GetValue(year);
            var table = DisclosureControl.Apply(await CubeReader.ReadAsync(options, definition, regionCode, academicYear, ct).ConfigureAwait(false), ctx.Parse.GetValue(minimum));
            if (definition == CubeCatalog.Quality && breakdown != "school_type")
            {
                var type = table.IndexOf("school_type");
                table = table with { Rows = table.Rows.Where(r => (string?)r[type] == "all").ToList() };
            }

            if (table.Rows.Count == 0)
            {
                // Exit 1, as for a search that matched nothing: the command worked, the warehouse has no such rows.
                var asked = string.Join(" ", new[] { regionCode is null ? null : "region " + regionCode, academicYear is null ? null : string.Create(CultureInfo.InvariantCulture, $"year {academicYear}") }.OfType<string>());
                var coverage = await CubeCoverage.ReadAsync(options, definition, ct).ConfigureAwait(false);
                await ctx.Error.WriteLineAsync($"voced: no rows for {definition.Table}{(asked.Length > 0 ? " " + asked : string.Empty)}: {coverage.Describe()}").ConfigureAwait(false);
                return 1;
            }

            await WriteAsync(ctx.Out, table, formatName).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command Headlines(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var command = new Command("headlines", "Print the headline numbers of the latest year: placement rate and mismatch index, nation and provinces.");
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var headlines = await CubeHeadlines.ReadAsync(await ctx.ExistingWarehouseAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            if (headlines.AcademicYear is null)
            {
                await ctx.Error.WriteLineAsync("voced: no rows for the headlines: the cubes are empty; load submissions with ./voced ingest, then run ./voced refresh").ConfigureAwait(false);
                return 1;
            }

            await PrintHeadlinesAsync(ctx.Out, headlines).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>The headline table of `cube headlines` (also printed by `demo`).</summary>
    internal static async Task PrintHeadlinesAsync(TextWriter output, CubeHeadlines headlines)
    {
        if (headlines.AcademicYear is null)
        {
            await output.WriteLineAsync("the cubes are empty: run ./voced refresh after loading data").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"academic year {headlines.AcademicYear}: region  schools  students  graduates  毕业去向落实率  错配指数(在校生/增加值)")).ConfigureAwait(false);
        foreach (var h in headlines.Regions)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {h.RegionCode,-6} {h.Schools,8} {h.Students,9} {h.Graduates,10} {Percent(h.PlacementRate),14} {(h.MismatchIndex is { } m ? m.ToString("F3", CultureInfo.InvariantCulture) : "—"),9}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("  错配指数 (mismatch index): the structure of enrollment (在校生, by major through the crosswalk) against that of value added (增加值) over the 20 industry sections; 0 = the same structure. cube_alignment has the other bases (graduates, employment).").ConfigureAwait(false);
    }

    private static string Percent(double? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";

    private static async Task WriteAsync(TextWriter writer, CubeTable table, string format)
    {
        switch (format)
        {
            case "csv":
                CsvWriter.WriteRow(writer, table.Columns.Select(c => c.Name));
                foreach (var row in table.Rows)
                {
                    CsvWriter.WriteRow(writer, row.Select(CubeCsvValue.Format));
                }

                break;
            case "json":
                var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c.Name, Value: r[i])).ToDictionary(x => x.Name, x => x.Value));
                await writer.WriteLineAsync(JsonSerializer.Serialize(rows, _json)).ConfigureAwait(false);
                break;
            case "table":
                foreach (var row in table.Rows)
                {
                    var keys = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Indicator is null && x.c.Name is not "refreshed_at" and not "suppressed");
                    await writer.WriteLineAsync(string.Join("  ", keys.Select(x => $"{x.c.Name}={TableFormat(row[x.i])}"))).ConfigureAwait(false);
                    foreach (var (column, i) in table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Indicator is not null))
                    {
                        var indicator = column.Indicator ?? throw new InvalidOperationException("filtered to indicator columns");
                        await writer.WriteLineAsync($"  {indicator.NameZh,-14} {column.Name,-28} {TableFormat(row[i]) ?? "—",-22} {indicator.Unit}").ConfigureAwait(false);
                    }
                }

                break;
            default:
                throw new UserErrorException($"unknown format '{format}': use table, csv or json");
        }
    }

    /// <summary>A value in the table format, for reading on a terminal: ten significant digits (CSV and JSON carry every digit).</summary>
    private static string? TableFormat(object? value) => value switch
    {
        null => null,
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
