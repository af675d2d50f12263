using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using VocEd.Cubes.Refresh;
using VocEd.Etl;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Generator;
using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Reports.Exports;
using VocEd.Reports.Rendering;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Cli.Commands;

/// <summary>
/// `voced demo`: the main job on the embedded default. Builds a fresh SQLite warehouse under ./data/demo/, migrates
/// and seeds it, generates small-scale sample submissions with a few faults, ingests them (with the demo's own
/// pseudonym key and quarantine folder under ./data/demo/), refreshes the cubes, exports them to ./data/demo/exports/,
/// renders the dashboard site into ./data/demo/dashboards/, and prints the ingest summary, what the warehouse holds,
/// the path of the site's index and the headline numbers.
/// </summary>
internal static class DemoCommand
{
    /// <summary>
    /// The demo's academic year, fixed (not taken from the clock) so that the demo, the README and the analyst guide's
    /// queries agree: 2024 = 2024-2025学年, whose graduates are those of graduation year 2025.
    /// </summary>
    public const int Year = 2024;

    public static Command Create(VocedSettings settings, TextWriter output, TextWriter error)
    {
        var scale = new Option<string?>("--scale") { Description = "Size of the generated sample: tiny or small (default small, under a minute).", HelpName = "tiny|small" };
        var command = new Command("demo", "Run the main job on a fresh embedded (SQLite) warehouse under ./data/demo/: generate sample submissions (1 % faults), ingest them, refresh the cubes, export them, render the dashboards, write both report workbooks for the nation and the largest province, print a summary and headline numbers. With --provider/--connection, run it on that warehouse instead (not wiped).")
        {
            scale,
        };
        command.SetAction(VocedCli.Action(settings, output, error, async (ctx, ct) =>
        {
            var demo = Directory.CreateDirectory(Path.Combine(ctx.Settings.HomeDirectory, "data", "demo")).FullName;
            var options = ctx.WarehouseGivenOnCommandLine ? ctx.Warehouse() : FreshDemoWarehouse(demo);
            await ctx.Out.WriteLineAsync($"VocEd Warehouse demo — {options.Provider.ToName()} warehouse: {Describe(options)}").ConfigureAwait(false);
            var started = ctx.Time.GetTimestamp();
            var etl = new EtlOptions
            {
                PseudonymKeyFile = Path.Combine(demo, "secrets", "pseudonym-key.json"),
                QuarantineDirectory = Path.Combine(demo, "quarantine"),
                StoreDirectory = Path.Combine(demo, "store"),
            };
            if (!ctx.WarehouseGivenOnCommandLine)
            {
                // A fresh demo warehouse gets a fresh demo key, made explicitly: no pseudonym of the old one is left. The
                // folder is the demo's own: an older demo may have made it readable by others.
                var secrets = Path.GetDirectoryName(etl.PseudonymKeyFile)!;
                if (Directory.Exists(secrets))
                {
                    File.Delete(etl.PseudonymKeyFile);
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    }
                }
            }

            if (!File.Exists(etl.PseudonymKeyFile))
            {
                var key = PseudonymKey.Init(etl.PseudonymKeyFile);
                await ctx.Out.WriteLineAsync($"made the demo's own pseudonym key (fingerprint {key.Fingerprint}) in {etl.PseudonymKeyFile}").ConfigureAwait(false);
            }

            await using var services = ctx.Services(options, etl);
            var reference = services.GetRequiredService<ReferenceDataSet>();
            var report = await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"migrated ({report.AppliedMigrations.Count} migration(s)) and seeded reference data ({report.Seed.Inserted} rows) in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s").ConfigureAwait(false);

            var sample = Path.Combine(demo, "sample");
            var generated = await new SampleGenerator(reference).RunAsync(
                GeneratorOptions.Parse(ctx.Parse.GetValue(scale) ?? "small", Year.ToString(CultureInfo.InvariantCulture), sample, faultRate: "0.01", clock: ctx.Time),
                null,
                ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {generated.FilesWritten:N0} sample submissions of academic year {Year} ({Year}-{Year + 1}学年; graduates of {Year + 1}): {generated.TotalRows:N0} rows, {generated.FaultsInjected:N0} faults, in {sample}")).ConfigureAwait(false);

            var summary = await IngestProgressLine.RunAsync(ctx.Error, services.GetRequiredService<IngestRunner>(), [sample], ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync("ingest (files not loaded are listed; rejected rows are in etl_rejected_row):").ConfigureAwait(false);
            await IngestSummaryPrinter.PrintAsync(ctx.Out, summary, SubmissionLines.Problems).ConfigureAwait(false);

            await using var db = options.CreateContext();
            var holdings = await WarehouseSummary.ReadAsync(db, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync("the warehouse holds:").ConfigureAwait(false);
            await SummaryPrinter.PrintAsync(ctx.Out, holdings).ConfigureAwait(false);

            var refresh = await services.GetRequiredService<CubeRefresher>().RefreshAsync(full: true, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"refreshed the cubes ({refresh.Mode}): {refresh.RowsWritten:N0} rows in {refresh.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
            var exports = Path.Combine(demo, "exports");
            var manifest = await services.GetRequiredService<CubeExporter>().ExportAsync(exports, ExportFormats.Both, DisclosureControl.DefaultMinimumDenominator, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"exported every cube as CSV (UTF-8 BOM) and Parquet with codebook and manifest ({manifest.Files.Count} files) to {exports}")).ConfigureAwait(false);
            var site = Path.Combine(demo, "dashboards");
            var dashboards = await DashboardRenderer.RenderAsync(
                await DashboardModelBuilder.BuildAsync(options, SitePaths.Nation, null, DisclosureControl.DefaultMinimumDenominator, ct).ConfigureAwait(false), site, SitePaths.Nation, ct).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"rendered the dashboards ({dashboards.Pages} pages, {dashboards.Charts} charts): open {dashboards.TopPage}")).ConfigureAwait(false);
            var headlines = await CubeHeadlines.ReadAsync(options, ct).ConfigureAwait(false);
            await WriteWorkbooksAsync(ctx.Out, options, reference, headlines, Path.Combine(demo, "reports"), ct).ConfigureAwait(false);
            await CubeCommand.PrintHeadlinesAsync(ctx.Out, headlines).ConfigureAwait(false);
            await ctx.Out.WriteLineAsync($"done in {ctx.Time.GetElapsedTime(started).TotalSeconds:F1} s").ConfigureAwait(false);
            if (!ctx.WarehouseGivenOnCommandLine)
            {
                var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(demo, "voced-demo.db"));
                await ctx.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"query it: ./voced --connection {(shown.StartsWith("..", StringComparison.Ordinal) ? Path.Combine(demo, "voced-demo.db") : shown)} cube query --cube quality --region 44 --year {Year} (the analyst guide's SQL runs on it too)")).ConfigureAwait(false);
            }
            return summary.Failed > 0 ? 1 : 0;
        }));
        return command;
    }

    /// <summary>
    /// What an official of the nation and of the largest province would receive: both reports for CN and for the
    /// province with the most students in the headline year.
    /// </summary>
    private static async Task WriteWorkbooksAsync(
        TextWriter output, WarehouseOptions options, ReferenceDataSet reference, CubeHeadlines headlines, string directory, CancellationToken ct)
    {
        if (headlines.AcademicYear is not { } year)
        {
            await output.WriteLineAsync("no report workbooks: the cubes hold no year").ConfigureAwait(false);
            return;
        }

        var province = headlines.Regions.Where(r => r.RegionLevel == "province").OrderByDescending(r => r.Students).ThenBy(r => r.RegionCode, StringComparer.Ordinal).FirstOrDefault();
        var renderer = new ReportRenderer(options, reference.PolicyThresholds);
        foreach (var scope in province is null ? new[] { "CN" } : ["CN", province.RegionCode])
        {
            foreach (var definition in ReportCatalog.All)
            {
                var rendered = await renderer.RenderAllAsync(definition, ScopeSelection.Parse(scope), year, directory, null, ct).ConfigureAwait(false);
                foreach (var workbook in rendered.Where(r => r.Path is not null))
                {
                    await output.WriteLineAsync($"wrote the {definition.Id} workbook for {scope}: {workbook.Path}").ConfigureAwait(false);
                }
            }
        }
    }

    private static WarehouseOptions FreshDemoWarehouse(string folder)
    {
        var file = Path.Combine(folder, "voced-demo.db");
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }

        return new WarehouseOptions(WarehouseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    private static string Describe(WarehouseOptions options) =>
        options.Provider == WarehouseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(options.ConnectionString).DataSource
            : "(connection from configuration)";
}
