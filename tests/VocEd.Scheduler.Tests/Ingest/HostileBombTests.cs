using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Generator;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Ingest;

/// <summary>
/// Full-size bombs, each once, each ingested by a real child process (the built voced.dll, run as ./voced runs it)
/// beside a clean school profile: a 1.6 GB XLSX zip bomb, a CSV line of 500 MB, an XLSX junk sheet of a million rows, a
/// sparse 4 GB file, JSON nested ten million deep beside /dev/zero and a FIFO named on the command line. Each child
/// must take under a minute of processor time and keep its peak working set under 512 MB — the process's own counters,
/// printed as it ends, so a busy machine does not decide the outcome (the wall clock is printed, and a child still
/// running after three minutes fails the test) — load the clean file, answer the bomb with a reason, and leave nothing
/// shaped like a citizen ID in the warehouse or its output. The bombs are spread over SQLite and PostgreSQL.
/// </summary>
[NonParallelizable]
public sealed partial class HostileBombTests
{
    private const long _peakLimit = 512L << 20;
    private const double _cpuSecondsLimit = 60;

    private TempDirectory _home = null!; // set in OneTimeSetUp
    private string _sample = null!; // set in OneTimeSetUp
    private Queue<string> _profiles = null!; // set in OneTimeSetUp
    private readonly Dictionary<string, WarehouseOptions> _warehouses = new(StringComparer.Ordinal);
    private readonly StringBuilder _output = new();

    [OneTimeSetUp]
    public async Task SetUpAsync()
    {
        _home = new TempDirectory("voced-bombs");
        _sample = Path.Combine(_home.Path, "sample");
        await new SampleGenerator().RunAsync(
            new GeneratorOptions(GeneratorScale.Tiny, 2024, _sample, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8),
            null, CancellationToken.None);
        _profiles = new Queue<string>(Directory.GetFiles(Path.Combine(_sample, "2024", "school_profile")).Order(StringComparer.Ordinal));
        VocEd.Etl.Pseudonymize.PseudonymKey.Init(Path.Combine(_home.Path, "data", "secrets", "pseudonym-key.json")); // what `voced pseudonym-key init` makes
        _warehouses["sqlite"] = TestWarehouses.Sqlite(_home, "bombs.db");
        _warehouses["postgres"] = await TestWarehouses.PostgresAsync(IngestPostgresFixture.Server);
    }

    [OneTimeTearDown]
    public void TearDown() => _home?.Dispose();

    [Test]
    [Order(1)]
    public async Task A_zip_bomb_expanding_to_1_6_GB_is_refused_from_its_zip_directory()
    {
        var run = await RunAsync("sqlite", "bomb.xlsx", path => HostileFiles.Xlsx(path, [HostileFiles.Row(1, "学校标识码", "身份证号")], filler: 1_600_000_000L, level: System.IO.Compression.CompressionLevel.Optimal));
        Assert.That(run.Line("bomb.xlsx"), Does.StartWith("quarantined").And.Contain("file_unreadable").And.Contain("expands"));
    }

    [Test]
    [Order(2)]
    public async Task A_CSV_line_of_500_MB_is_one_rejected_record()
    {
        var run = await RunAsync("postgres", "line.csv", path => HostileFiles.CsvLongLine(path, "学校标识码,学年,身份证号,姓名,专业代码,入学年份,年级,性别,生源地代码,培养方式,学籍状态", 500L << 20, "4401000001,2024\n"));
        Assert.That(run.Line("line.csv"), Does.Contain("read 2,").And.Contain("rejected 2").And.Contain("malformed_record 1"));
    }

    [Test]
    [Order(3)]
    public async Task A_junk_sheet_of_a_million_rows_keeps_a_bounded_number_of_rejected_rows_and_the_true_counts()
    {
        var run = await RunAsync("postgres", "junk.xlsx", path => HostileFiles.Xlsx(path,
            Enumerable.Range(1, 1_000_001).Select(r => r == 1
                ? HostileFiles.Row(1, "学校标识码", "学年", "身份证号", "姓名", "专业代码", "入学年份", "年级", "性别", "生源地代码", "培养方式", "学籍状态")
                : HostileFiles.Row(r, "junk", "x", "110105194912310021", "?", "9")),
            level: System.IO.Compression.CompressionLevel.Fastest));
        Assert.That(run.Line("junk.xlsx"), Does.StartWith("quarantined").And.Contain("read 1,000,000").And.Contain("rejected 1,000,000").And.Contain("rejection_rate_exceeded"));
        await using var db = WarehouseDbContextFactory.Create(_warehouses["postgres"]);
        var id = await db.EtlSubmissions.Where(s => s.FileName == "junk.xlsx").Select(s => s.SubmissionId).SingleAsync();
        var counts = await db.EtlRuleFailureCounts.Where(c => c.SubmissionId == id).ToListAsync();
        Assert.That(counts.Single(c => c.RuleId == "submission_quarantined").Failures, Is.EqualTo(1_000_000));
        Assert.That(await db.EtlRejectedRows.CountAsync(r => r.SubmissionId == id), Is.EqualTo(counts.Sum(c => c.DetailsKept)).And.LessThanOrEqualTo(1_000 * counts.Count));
    }

    [Test]
    [Order(4)]
    public async Task A_sparse_4_GB_file_is_quarantined_by_its_hash_without_a_copy()
    {
        var run = await RunAsync("sqlite", "sparse.csv", path => HostileFiles.Sparse(path, 4L << 30));
        Assert.That(run.Line("sparse.csv"), Does.StartWith("quarantined").And.Contain("not copied"));
        Assert.That(Directory.Exists(Path.Combine(_home.Path, "data", "quarantine")) ? Directory.GetFiles(Path.Combine(_home.Path, "data", "quarantine")).Select(f => new FileInfo(f).Length) : [], Has.All.LessThan(1L << 30));
    }

    [Test]
    [Order(5)]
    public async Task JSON_nested_ten_million_deep_is_unreadable_at_once_and_a_device_and_a_FIFO_are_refused_without_waiting()
    {
        var run = await RunAsync("sqlite", "deep.json", path =>
        {
            File.WriteAllText(path, "[{\"year\": " + new string('[', 10_000_000) + new string(']', 10_000_000) + "}]");
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(Path.GetDirectoryName(path)!, "pipe.csv")]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
        }, "/dev/zero");
        Assert.That(run.Line("deep.json"), Does.StartWith("quarantined").And.Contain("depth"));
        Assert.That(run.Line("pipe.csv"), Does.StartWith("refused").And.Contain("FIFO"));
        Assert.That(run.Line("zero"), Does.StartWith("refused").And.Contain("character device"));
    }

    [Test]
    [Order(100)]
    public async Task Nothing_shaped_like_a_citizen_id_is_stored_or_printed_after_the_bombs()
    {
        foreach (var warehouse in _warehouses.Values)
        {
            var values = await PersonalDataProbe.TextAndBlobValuesAsync(warehouse);
            Assert.That(values.Where(v => PersonalDataProbe.IdShapedIn(v.Value).Any()).Select(v => $"{v.Table}.{v.Column}").Distinct(), Is.Empty);
        }

        Assert.That(PersonalDataProbe.IdShapedIn(_output.ToString()), Is.Empty);
    }

    /// <summary>Writes the bomb beside a clean school profile, ingests the folder (and <paramref name="extra"/> paths) in a child process, and checks its time, memory and the clean file.</summary>
    private async Task<ChildRun> RunAsync(string provider, string bomb, Action<string> write, params string[] extra)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_home.Path, "in-" + Path.GetFileNameWithoutExtension(bomb))).FullName;
        var profile = _profiles.Dequeue();
        File.Copy(profile, Path.Combine(folder, Path.GetFileName(profile)));
        var made = Stopwatch.StartNew();
        write(Path.Combine(folder, bomb));
        TestContext.Out.WriteLine($"{bomb}: made in {made.Elapsed.TotalSeconds:F1} s");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "voced.dll"), "--provider", provider, "--connection", _warehouses[provider].ConnectionString, "ingest", folder, .. extra];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["VOCED_HOME"] = _home.Path;
        info.Environment["VOCED_REPORT_RESOURCES"] = "1";
        info.Environment["DOTNET_GCgen0size"] = "0x4000000"; // as ./voced runs it (scripts/runtime-env.sh)
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start voced");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        var elapsed = clock.Elapsed;
        var output = await stdout + await stderr;
        _output.Append(output);
        File.Delete(Path.Combine(folder, bomb)); // gigabytes, sparse or not

        var counters = Counters().Match(output);
        var (peak, cpu) = (long.Parse(counters.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(counters.Groups[2].Value, CultureInfo.InvariantCulture));
        TestContext.Out.WriteLine($"{bomb} on {provider}: {cpu:F1} s of processor time ({elapsed.TotalSeconds:F1} s on the clock), peak working set {peak >> 20} MiB");
        var run = new ChildRun(process.ExitCode, output);
        var notLoaded = output.Split('\n').Any(l => l.StartsWith("quarantined", StringComparison.Ordinal) || l.StartsWith("refused", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(notLoaded ? 1 : 0), "exit code 1 when a file was quarantined or refused, so a scheduled run notices\n" + output);
            Assert.That(cpu, Is.LessThan(_cpuSecondsLimit), "the ingest of one hostile file takes under a minute");
            Assert.That(peak, Is.LessThan(_peakLimit), "its peak working set stays under 512 MB");
            Assert.That(run.Line(Path.GetFileName(profile)), Does.StartWith("loaded"), "the clean file beside it loads");
        });
        return run;
    }

    [GeneratedRegex("peak_working_set_bytes=([0-9]+) cpu_seconds=([0-9.]+)")]
    private static partial Regex Counters();

    /// <summary>A child's exit code and output; <see cref="Line"/> is its summary line of one file.</summary>
    private sealed record ChildRun(int ExitCode, string Output)
    {
        public string Line(string file) =>
            Output.Split('\n').FirstOrDefault(l => l.Contains("  read ", StringComparison.Ordinal) && l.Contains(" " + file + "  ", StringComparison.Ordinal))?.Trim()
            ?? $"(no line for {file})";
    }
}
