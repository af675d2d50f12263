using System.Globalization;
using VocEd.Etl;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks;

/// <summary>
/// End-to-end ingest of a generated CSV sample (`generate --formats csv --encoding utf8 --keep --out DIR`) into a fresh
/// warehouse — SQLite in a temporary folder, or PostgreSQL (--connection, or a throw-away server started here) — then,
/// in the same run, the raw bulk load of the same rows (RawBaseline). Prints rows/s of both, the ratio ours ÷ raw, the
/// time split, and the peak RSS (VmHWM) measured right after the ingest.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchmarkArguments.PairsAsync(args, "--sample", "--provider", "--connection", "--workers", "--skip-raw", "--bound", "--allocations", "--jit").ConfigureAwait(false) is not { } values
            || await BenchmarkArguments.SampleAsync(values).ConfigureAwait(false) is not { } sample)
        {
            return 2;
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync($"error: --provider {provider}: give sqlite or postgres").ConfigureAwait(false);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("voced-ingest-bench-").FullName;
        PostgresServer? server = null;
        try
        {
            WarehouseOptions warehouse;
            if (provider == "postgres")
            {
                if (!values.TryGetValue("--connection", out var connection))
                {
                    server = await PostgresServer.StartAsync().ConfigureAwait(false);
                    connection = await server.CreateDatabaseAsync("bench").ConfigureAwait(false);
                }

                warehouse = new WarehouseOptions(WarehouseProvider.Postgres, connection);
            }
            else
            {
                warehouse = new WarehouseOptions(WarehouseProvider.Sqlite, $"Data Source={Path.Combine(work, "warehouse.db")};Pooling=False");
            }

            var reference = ReferenceDataSet.Load();
            await new WarehouseMigrator(warehouse, reference, TimeProvider.System).MigrateAsync(CancellationToken.None).ConfigureAwait(false);
            var options = new EtlOptions
            {
                PseudonymKeyFile = Path.Combine(work, "secrets", "key.json"),
                QuarantineDirectory = Path.Combine(work, "quarantine"),
                Workers = int.Parse(values.GetValueOrDefault("--workers", "0"), CultureInfo.InvariantCulture),
            };
            var runner = new IngestRunner(warehouse, reference, new Pseudonymizer(BenchKeys.Open(options.PseudonymKeyFile)), options, TimeProvider.System);
            Console.WriteLine($"ingest {sample} into {provider}, {IngestRunner.WorkerCount(warehouse.Provider, options.Workers)} worker(s)");
            using var allocations = values.GetValueOrDefault("--allocations") == "1" ? new AllocationSampler { Jit = values.GetValueOrDefault("--jit") == "1" } : null;
            var (jitMethodsBefore, jitBefore) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var summary = await runner.RunAsync([sample], null, CancellationToken.None).ConfigureAwait(false);
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var peak = Status("VmHWM");
            var ours = summary.RowsRead / summary.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files            {summary.Submissions.Count:N0} ({summary.Loaded:N0} loaded, {summary.Quarantined:N0} quarantined, {summary.Failed:N0} failed)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows             {summary.RowsRead:N0} read = {summary.RowsLoaded:N0} loaded + {summary.RowsRejected:N0} rejected"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest elapsed   {summary.Elapsed.TotalSeconds:F1} s (prepare {summary.Timings.Prepare.TotalSeconds:F1}, scan {summary.Timings.Scan.TotalSeconds:F1} of which waited for {summary.Timings.ScanWait.TotalSeconds:F1}, claim {summary.Timings.Claim.TotalSeconds:F1}, load {summary.Timings.Load.TotalSeconds:F1}, quarantine {summary.Timings.Quarantine.TotalSeconds:F1})"));
            foreach (var (kind, (time, count)) in summary.Timings.LoadByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load {kind,-22} {time.TotalSeconds,6:F1} s for {count:N0} submissions ({time.TotalMilliseconds / Math.Max(1, count):F1} ms each)"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest rows/s    {ours:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest CPU       {cpu.TotalSeconds:F1} s of this process (user + system, all threads; the database server's not counted)"));
            Console.WriteLine($"peak RSS (VmHWM) {peak} MiB (after ingest)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JIT              {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore:N0} methods compiled, {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds:F1} s compiling during the ingest ({jitMethodsBefore:N0}, {jitBefore.TotalSeconds:F1} s before it: migration, reference data)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC               {GC.CollectionCount(0):N0} gen0, {GC.CollectionCount(1):N0} gen1, {GC.CollectionCount(2):N0} gen2 collections, {GC.GetTotalPauseDuration().TotalSeconds:F1} s paused, {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):F1} GiB allocated; gen0 budget: {BenchmarkArguments.Gen0Budget()}"));
            allocations?.Print(25);
            if (values.ContainsKey("--skip-raw"))
            {
                return 0;
            }

            var files = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var rawCpuBefore = Environment.CpuUsage.TotalTime;
            var (rows, elapsed) = provider == "postgres"
                ? await RawBaseline.PostgresAsync(warehouse.ConnectionString, files).ConfigureAwait(false)
                : RawBaseline.Sqlite(Path.Combine(work, "raw.db"), files);
            var raw = rows / elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw rows         {rows:N0} in {elapsed.TotalSeconds:F1} s ({(provider == "postgres" ? "COPY FROM, unindexed table" : "one prepared insert, one transaction, unindexed table")})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw rows/s       {raw:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw CPU          {(Environment.CpuUsage.TotalTime - rawCpuBefore).TotalSeconds:F1} s of this process"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours/raw   {ours / raw:F3}"));
            if (provider == "postgres" && values.GetValueOrDefault("--bound") == "1")
            {
                var sessions = IngestRunner.WorkerCount(warehouse.Provider, options.Workers);
                var (stored, storeTime) = await StoreBound.PostgresAsync(warehouse.ConnectionString, sessions, work).ConfigureAwait(false);
                var bound = summary.RowsRead / storeTime.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store bound      {stored:N0} fact rows in {storeTime.TotalSeconds:F1} s (the loaded rows alone, binary COPY into copies of the fact tables with their indexes, {sessions} session(s))"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bound rows/s     {bound:N0} (rows read ÷ that time: no ingest here can beat it)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio bound/raw  {bound / raw:F3} (the best ratio ours/raw any ingest could reach on this server)"));
            }

            return 0;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static string Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return (kb / 1024).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "?";
    }
}
