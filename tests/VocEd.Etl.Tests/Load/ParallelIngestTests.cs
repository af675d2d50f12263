using VocEd.Etl.Load;
using VocEd.Etl.Tests.Load.Support;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Load;

/// <summary>
/// Fact files loaded by several workers side by side (PostgreSQL) give exactly the warehouse and the per-file
/// outcomes of a one-at-a-time run of the same faulty sample — corrections included, whose versions depend on order.
/// </summary>
public sealed class ParallelIngestTests
{
    [Test]
    public async Task Three_workers_leave_the_same_tables_and_outcomes_as_one()
    {
        var folder = GeneratedSamples.TinyFaulty;
        using var serial = await LoadHarness.CreateAsync("postgres");
        serial.Options.Workers = 1;
        using var parallel = await LoadHarness.CreateAsync("postgres");
        parallel.Options.Workers = 3;
        parallel.Options.PseudonymKeyFile = serial.Options.PseudonymKeyFile; // the same people, the same pseudonyms
        var one = await serial.IngestAsync(folder);
        var three = await parallel.IngestAsync(folder);
        Assert.That((one.Workers, three.Workers), Is.EqualTo((1, 3)));
        Assert.That(three.Submissions.Select(Line), Is.EqualTo(one.Submissions.Select(Line)), "the same outcome per file, in the same order");
        Assert.That(three.Loaded, Is.GreaterThan(10));
        var expected = await WarehouseSnapshot.TakeAsync(serial.Warehouse);
        var actual = await WarehouseSnapshot.TakeAsync(parallel.Warehouse);
        Assert.That(expected["fact_enrollment"], Is.Not.Empty);
        Assert.That(WarehouseSnapshot.Differences(expected, actual), Is.Empty);
        Assert.That(await Versions(parallel), Is.EqualTo(await Versions(serial)), "versions and statuses of every submission");
    }

    [Test]
    public void SQLite_always_loads_one_file_at_a_time() =>
        Assert.That((IngestRunner.WorkerCount(Warehouse.Data.WarehouseProvider.Sqlite, 4), IngestRunner.WorkerCount(Warehouse.Data.WarehouseProvider.Postgres, 4),
            IngestRunner.WorkerCount(Warehouse.Data.WarehouseProvider.Postgres, 0)), Is.EqualTo((1, 4, Math.Clamp(Environment.ProcessorCount, 2, 4))));

    [TestCase("Host=h;Database=d", "Host=h;Database=d;Max Auto Prepare=64;Auto Prepare Min Usages=2")]
    [TestCase("Host=h;Database=d;Max Auto Prepare=0", "Host=h;Database=d;Max Auto Prepare=0")]
    [TestCase("Host=h;Database=d;MaxAutoPrepare=10", "Host=h;Database=d;MaxAutoPrepare=10")]
    public void The_ingest_prepares_its_repeated_statements_on_PostgreSQL_unless_the_operator_chose(string given, string used) =>
        Assert.That(IngestRunner.ForIngest(new Warehouse.Data.WarehouseOptions(Warehouse.Data.WarehouseProvider.Postgres, given)).ConnectionString,
            Is.EqualTo(used));

    private static string Line(SubmissionOutcome o) =>
        $"{o.FileName}|{o.Kind}|{o.Status}|{o.Reason}|{o.RowsRead}|{o.RowsLoaded}|{o.RowsRejected}|{o.RowsWarned}";

    private static async Task<List<string>> Versions(LoadHarness harness)
    {
        await using var db = harness.Db();
        return [.. db.EtlSubmissions.AsEnumerable()
            .Select(s => $"{s.FileName}|{s.Kind}|{s.SubmitterCode}|{s.Year}|{s.Version}|{s.Status}|{s.RowsRead}|{s.RowsLoaded}|{s.RowsRejected}")
            .Order(StringComparer.Ordinal)];
    }
}
