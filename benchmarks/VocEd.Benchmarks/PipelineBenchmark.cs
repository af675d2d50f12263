using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Load.Providers;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks;

/// <summary>
/// The ingest's client work alone, on one thread and without a database in the loop: for every enrollment and
/// graduate_destination file of a generated CSV sample, the scan (hash, first pass), then reading, validating,
/// pseudonymizing and mapping its rows, and encoding them as PostgreSQL binary COPY data into a sink that discards
/// them — the code path of a PostgreSQL load up to the socket. The schools and dimension keys come from a SQLite
/// warehouse in a temporary folder into which the sample's school_profile and regional_industry files are ingested
/// first. Several rounds in one process: the first pays the JIT, the later ones show the steady cost per row, far
/// steadier on this shared machine than an end-to-end run (no server competing for the two cores), so a change to
/// the client can be measured on its own.
/// </summary>
internal static class PipelineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchmarkArguments.PairsAsync(args, "--sample", "--rounds", "--files").ConfigureAwait(false) is not { } values
            || await BenchmarkArguments.SampleAsync(values).ConfigureAwait(false) is not { } sample)
        {
            return 2;
        }

        if (!int.TryParse(values.GetValueOrDefault("--rounds", "3"), CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            await Console.Error.WriteLineAsync($"error: --rounds {values["--rounds"]}: give a whole number of at least 1").ConfigureAwait(false);
            return 2;
        }

        var limit = int.MaxValue;
        if (values.TryGetValue("--files", out var files) && (!int.TryParse(files, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            await Console.Error.WriteLineAsync($"error: --files {files}: give a whole number of at least 1").ConfigureAwait(false);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("voced-pipeline-bench-").FullName;
        try
        {
            var warehouse = new WarehouseOptions(WarehouseProvider.Sqlite, $"Data Source={Path.Combine(work, "warehouse.db")};Pooling=False");
            var reference = ReferenceDataSet.Load();
            await new WarehouseMigrator(warehouse, reference, TimeProvider.System).MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            var options = new EtlOptions { PseudonymKeyFile = Path.Combine(work, "secrets", "key.json"), QuarantineDirectory = Path.Combine(work, "quarantine") };
            var pseudonymizer = new Pseudonymizer(BenchKeys.Open(options.PseudonymKeyFile));
            var csv = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var dimensionFiles = csv.Where(f => IsIn(f, "school_profile") || IsIn(f, "regional_industry")).ToList();
            var factFiles = csv.Where(f => IsIn(f, "enrollment") || IsIn(f, "graduate_destination")).Take(limit).ToList();
            if (factFiles.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: {sample} has no enrollment or graduate_destination CSV files (a sample of `voced-bench generate --formats csv`)").ConfigureAwait(false);
                return 2;
            }

            var setup = Stopwatch.StartNew();
            await new IngestRunner(warehouse, reference, pseudonymizer, options, TimeProvider.System).RunAsync(dimensionFiles, null, CancellationToken.None).ConfigureAwait(false);
            var context = new WarehouseValidationContext(reference, TimeProvider.System);
            DimensionKeys keys;
            SchoolKeys schools;
            await using (var db = WarehouseDbContextFactory.Create(warehouse))
            {
                await context.LoadSchoolsAsync(db, CancellationToken.None).ConfigureAwait(false);
                keys = await DimensionKeys.LoadAsync(db, CancellationToken.None).ConfigureAwait(false);
                var versions = await db.DimSchools.AsNoTracking().Select(s => new { s.SchoolCode, s.ValidFrom, s.ValidTo, s.SchoolKey }).ToListAsync().ConfigureAwait(false);
                schools = SchoolKeys.Of(versions.Select(v => (v.SchoolCode, v.ValidFrom, v.ValidTo, v.SchoolKey)));
            }

            // The PostgreSQL model (for the COPY writers' column types); no connection is opened.
            await using var postgres = WarehouseDbContextFactory.Create(new WarehouseOptions(WarehouseProvider.Postgres, "Host=127.0.0.1"));
            var model = postgres.Model;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pipeline {sample}: {factFiles.Count:N0} fact files, {rounds} rounds on one thread (setup: {dimensionFiles.Count:N0} dimension files ingested into SQLite, {setup.Elapsed.TotalSeconds:F1} s)"));

            var scanner = new SubmissionScanner(context, pseudonymizer, options);
            var results = new List<(double Seconds, long RowCount)>();
            for (var round = 1; round <= rounds; round++)
            {
                var sink = new CountingSink();
                long rows = 0;
                long scanTicks = 0;
                long rowTicks = 0;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                long id = 0;
                foreach (var file in factFiles)
                {
                    var started = Stopwatch.GetTimestamp();
                    var scan = scanner.Scan(file);
                    var scanned = Stopwatch.GetTimestamp();
                    scanTicks += scanned - started;
                    var stream = new RowStream(scan, ++id, options.RejectionRatePolicy);
                    var mapper = new FactRowMapper(keys, schools, id);
                    var accepted = stream.Accepted(CancellationToken.None);
                    var encoded = scan.Kind switch
                    {
                        SubmissionKind.Enrollment => PostgresRowCopier.EncodeTo(model, accepted.Select(mapper.Enrollment), sink, CancellationToken.None),
                        SubmissionKind.GraduateDestination => PostgresRowCopier.EncodeTo(model, accepted.Select(mapper.Graduate), sink, CancellationToken.None),
                        _ => throw new InvalidOperationException($"{file}: not a fact file of the two large kinds ({scan.Kind})"),
                    };
                    rowTicks += Stopwatch.GetTimestamp() - scanned;
                    rows += stream.Tally.RowsRead;
                    if (encoded != stream.Tally.RowsAccepted)
                    {
                        throw new InvalidOperationException($"{file}: {stream.Tally.RowsAccepted} rows accepted but {encoded} encoded");
                    }
                }

                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var scanSeconds = Stopwatch.GetElapsedTime(0, scanTicks).TotalSeconds;
                var rowSeconds = Stopwatch.GetElapsedTime(0, rowTicks).TotalSeconds;
                results.Add((scanSeconds + rowSeconds, rows));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: {rows:N0} rows, scan {scanSeconds:F2} s, read+validate+map+encode {rowSeconds:F2} s, total {scanSeconds + rowSeconds:F2} s = {(scanSeconds + rowSeconds) * 1e9 / Math.Max(1, rows):F0} ns/row, process CPU {cpuSeconds:F2} s, COPY data {sink.Bytes / 1048576.0:F0} MiB"));
            }

            var steady = results.Skip(1).DefaultIfEmpty(results[0]).Select(r => r.Seconds).Order().ToList();
            var median = steady[steady.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median after round 1: {median:F2} s = {median * 1e9 / Math.Max(1, results[0].RowCount):F0} ns/row ({results[0].RowCount / median:N0} rows/s on one thread)"));
            Console.WriteLine($"GC gen0 budget: {BenchmarkArguments.Gen0Budget()}");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool IsIn(string path, string kind) =>
        path.Contains($"{Path.DirectorySeparatorChar}{kind}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    /// <summary>A stream that counts what is written to it and keeps nothing.</summary>
    private sealed class CountingSink : Stream
    {
        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;
    }
}
