using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// `voced-bench libraries`: each piece of hand-written infrastructure on the ingest's path against the kept library
/// that does the same job, on the same input, in the same process, alternating round by round — the CSV first pass
/// and reader against Sep and Sylvan.Data.Csv, the PostgreSQL binary COPY encoder against Npgsql's binary importer,
/// the SQLite e_sqlite3 inserter against Microsoft.Data.Sqlite's prepared commands, the block HMAC against the
/// framework's. Prints every round, then medians and ratios to the hand-written path; every variant's result must
/// agree with it (exit 1 otherwise). docs/decisions/0003–0006 record what the figures decided.
/// </summary>
internal static class LibrariesBenchmark
{
    private static readonly string[] _parts = ["csv", "hmac", "sqlite", "postgres"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchmarkArguments.PairsAsync(args, "--sample", "--rounds", "--files", "--fact-files", "--ids", "--only", "--connection").ConfigureAwait(false) is not { } values
            || await BenchmarkArguments.SampleAsync(values).ConfigureAwait(false) is not { } sample)
        {
            return 2;
        }

        if (!Whole(values, "--rounds", 5, out var rounds) || !Whole(values, "--files", 300, out var csvFiles)
            || !Whole(values, "--fact-files", 200, out var factFiles) || !Whole(values, "--ids", 1_000_000, out var ids))
        {
            await Console.Error.WriteLineAsync("error: --rounds, --files, --fact-files and --ids take a whole number of at least 1").ConfigureAwait(false);
            return 2;
        }

        var only = values.GetValueOrDefault("--only", string.Join(',', _parts)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (only.FirstOrDefault(p => !_parts.Contains(p, StringComparer.Ordinal)) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"error: --only {unknown}: give a comma-separated list of {string.Join(", ", _parts)}").ConfigureAwait(false);
            return 2;
        }

        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"libraries {sample}: {string.Join(", ", only)}; {rounds} rounds; {Environment.ProcessorCount} processors; load average {Alternation.LoadAverage()}; gen0 budget: {BenchmarkArguments.Gen0Budget()}"));
        var agree = true;
        var work = Directory.CreateTempSubdirectory("voced-libraries-bench-").FullName;
        try
        {
            if (only.Contains("csv", StringComparer.Ordinal))
            {
                var all = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var files = FactRowsSource.Spread(all, csvFiles);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"CSV: {files.Count:N0} of the sample's {all.Count:N0} CSV files, spread over its kinds, {files.Sum(f => new FileInfo(f).Length) / 1048576.0:F1} MiB"));
                var csv = new CsvComparison(files);
                agree &= Alternation.Run(output, "CSV reader, every field, full text check (untimed check, warms the files and the JIT)", "record", 1, csv.ReaderVariants(full: true));
                agree &= Alternation.Run(output, "CSV first pass: hash, UTF-8 check, submitter and year per row", "row", rounds, csv.FirstPassVariants());
                agree &= Alternation.Run(output, "CSV reader: every field of every record as a string", "record", rounds, csv.ReaderVariants(full: false));
            }

            if (only.Contains("hmac", StringComparer.Ordinal))
            {
                if (!HmacComparison.BlocksAvailable())
                {
                    output.WriteLine("HMAC: libcrypto's SHA256_Transform is not available here: the ETL runs on the framework's HMAC; only the framework's ways are timed");
                }

                agree &= Alternation.Run(output, string.Create(CultureInfo.InvariantCulture, $"HMAC-SHA256 of {ids:N0} 18-character IDs"), "ID", rounds, new HmacComparison(ids).Variants());
            }

            if (only.Contains("sqlite", StringComparer.Ordinal) || only.Contains("postgres", StringComparer.Ordinal))
            {
                var clock = Stopwatch.StartNew();
                var (sqlite, rows) = await FactRowsSource.BuildAsync(sample, work, factFiles).ConfigureAwait(false);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fact rows: {rows.Count:N0} enrollment and graduate_destination files spread over the sample, {rows.Sum(f => f.Count):N0} rows ({rows.Sum(f => f.Enrollments.Count):N0} enrollment, {rows.Sum(f => f.Graduates.Count):N0} graduates), made through the ETL in {clock.Elapsed.TotalSeconds:F1} s"));
                if (only.Contains("sqlite", StringComparer.Ordinal))
                {
                    agree &= Sqlite(output, sqlite, rows, rounds);
                }

                if (only.Contains("postgres", StringComparer.Ordinal))
                {
                    agree &= await PostgresAsync(output, values.GetValueOrDefault("--connection"), rows, rounds).ConfigureAwait(false);
                }
            }

            output.WriteLine();
            output.WriteLine(agree ? "every variant's results agreed with the hand-written path's" : "SOME RESULTS DISAGREED: see DISAGREE above");
            output.WriteLine($"load average at the end: {Alternation.LoadAverage()}");
            return agree ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool Sqlite(TextWriter output, WarehouseOptions warehouse, List<FactRowsFile> rows, int rounds)
    {
        using var db = WarehouseDbContextFactory.Create(warehouse);
        db.Database.OpenConnection();
        using var comparison = new SqliteComparison(db, rows);
        return Alternation.Run(output, "SQLite: fact rows into the warehouse's fact tables, a transaction per file", "row", rounds, comparison.Variants());
    }

    private static async Task<bool> PostgresAsync(TextWriter output, string? connection, List<FactRowsFile> rows, int rounds)
    {
        PostgresServer? server = null;
        try
        {
            if (connection is null)
            {
                server = await PostgresServer.StartAsync().ConfigureAwait(false);
                connection = await server.CreateDatabaseAsync("libraries").ConfigureAwait(false);
            }

            var warehouse = new WarehouseOptions(WarehouseProvider.Postgres, connection);
            await new WarehouseMigrator(warehouse, ReferenceDataSet.Load(), TimeProvider.System).MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            await using var db = WarehouseDbContextFactory.Create(warehouse);
            await db.Database.OpenConnectionAsync().ConfigureAwait(false);
            return Alternation.Run(output, "PostgreSQL: fact rows into the warehouse's fact tables, a binary COPY and a transaction per file", "row", rounds, new PostgresComparison(db, rows).Variants());
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static bool Whole(Dictionary<string, string> values, string name, int fallback, out int value)
    {
        if (!values.TryGetValue(name, out var text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
    }
}
