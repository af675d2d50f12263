using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using VocEd.Testing;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Ingest;

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

    /// <summary>
    /// The school profiles load side by side too (one school's years on one worker): six schools, each with four
    /// profiles in one run — public 2021 and 2022, private 2023, then a correction making 2022 private — and an
    /// enrollment per school in 2022 and 2023; three workers give the one worker's versions, facts and outcomes.
    /// </summary>
    [Test]
    public async Task Three_workers_build_the_same_school_versions_as_one()
    {
        using var serial = await LoadHarness.CreateAsync("postgres");
        serial.Options.Workers = 1;
        using var parallel = await LoadHarness.CreateAsync("postgres");
        parallel.Options.Workers = 3;
        parallel.Options.PseudonymKeyFile = serial.Options.PseudonymKeyFile;
        var schools = Enumerable.Range(11, 6).Select(n => "44010000" + n.ToString(CultureInfo.InvariantCulture)).ToList();
        var folder = Path.Combine(serial.Folder, "versions");
        foreach (var school in schools)
        {
            await WriteAsync(folder, $"2021/school_profile/{school}.csv", Profile(school, 2021, "公办"));
            await WriteAsync(folder, $"2022/school_profile/{school}.csv", Profile(school, 2022, "公办"));
            await WriteAsync(folder, $"2023/school_profile/{school}.csv", Profile(school, 2023, "民办"));
            await WriteAsync(folder, $"2022/school_profile/{school}_v2.csv", Profile(school, 2022, "民办"));
            await WriteAsync(folder, $"2022/enrollment/{school}.csv", Enrollment(school, 2022));
            await WriteAsync(folder, $"2023/enrollment/{school}.csv", Enrollment(school, 2023));
        }

        var one = await serial.IngestAsync(folder);
        var three = await parallel.IngestAsync(folder);
        Assert.That(three.Submissions.Select(Line), Is.EqualTo(one.Submissions.Select(Line)), "the same outcome per file, in the same order");
        Assert.That(one.Submissions.Select(s => (s.Status, s.RowsRejected)), Is.All.EqualTo((SubmissionStatuses.Loaded, 0L)));
        var expected = await WarehouseSnapshot.TakeAsync(serial.Warehouse);
        Assert.That(WarehouseSnapshot.Differences(expected, await WarehouseSnapshot.TakeAsync(parallel.Warehouse)), Is.Empty);
        await using var db = parallel.Db();
        var versions = (await db.DimSchools.Where(s => schools.Contains(s.SchoolCode)).ToListAsync())
            .GroupBy(s => s.SchoolCode)
            .Select(g => string.Join(" ", g.OrderBy(s => s.ValidFrom).Select(s => $"{s.ValidFrom}-{s.ValidTo}:{s.Sponsor}")));
        Assert.That(versions, Has.Exactly(schools.Count).EqualTo("2021-2021:public 2022-9999:private"), "the correction slotted 2022 into the private version");
        Assert.That(await db.FactEnrollments.CountAsync(), Is.EqualTo(schools.Count * 2));
    }

    [Test]
    public async Task A_schools_profiles_of_every_year_share_a_worker_its_fact_files_only_per_year()
    {
        using var harness = await LoadHarness.CreateAsync("sqlite");
        var folder = Path.Combine(harness.Folder, "keys");
        var scanner = new SubmissionScanner(new WarehouseValidationContext(TestReferenceData.Load(), TimeProvider.System), harness.Pseudonymizer(), harness.Options);
        async Task<SubmissionScan> ScanAsync(string name, string csv)
        {
            await WriteAsync(folder, name, csv);
            return scanner.Scan(Path.Combine(folder, name));
        }

        var profiles = new[] { await ScanAsync("p2021.csv", Profile("4401000011", 2021, "公办")), await ScanAsync("p2022.csv", Profile("4401000011", 2022, "公办")) };
        var enrollments = new[] { await ScanAsync("e2022.csv", Enrollment("4401000011", 2022)), await ScanAsync("e2023.csv", Enrollment("4401000011", 2023)) };
        var other = await ScanAsync("q2021.csv", Profile("4401000012", 2021, "公办"));
        Assert.That(profiles.Select(p => IngestRunner.PartitionKey(p, dimensions: true)), Is.All.EqualTo("school_profile|4401000011"));
        Assert.That(IngestRunner.PartitionKey(other, dimensions: true), Is.EqualTo("school_profile|4401000012"));
        Assert.That(enrollments.Select(e => IngestRunner.PartitionKey(e, dimensions: false)), Is.EqualTo(new[] { "enrollment|4401000011|2022", "enrollment|4401000011|2023" }),
            "fact files: one worker per replacement key");
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

    private static async Task WriteAsync(string folder, string name, string csv)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // the path has a folder
        await File.WriteAllTextAsync(path, csv, new UTF8Encoding(false));
    }

    private static string Profile(string school, int year, string sponsor) =>
        CsvText.Of(SubmissionKind.SchoolProfile, chineseHeaders: true, TestRows.With(SubmissionKind.SchoolProfile,
            (ColumnNames.SchoolCode, school), (ColumnNames.AcademicYear, year.ToString(CultureInfo.InvariantCulture)), (ColumnNames.Sponsor, sponsor)));

    private static string Enrollment(string school, int year) =>
        CsvText.Of(SubmissionKind.Enrollment, chineseHeaders: false, TestRows.With(SubmissionKind.Enrollment,
            (ColumnNames.SchoolCode, school), (ColumnNames.AcademicYear, year.ToString(CultureInfo.InvariantCulture)),
            (ColumnNames.EntryYear, (year - 1).ToString(CultureInfo.InvariantCulture))));

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
