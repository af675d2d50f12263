using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>refresh, cube query/headlines, export and db grant-readonly through the command line, on a SQLite fixture.</summary>
[NonParallelizable]
public sealed class CubeCommandsTests
{
    private TempDirectory _temp = null!; // Assigned in SetUp.
    private string _connection = null!; // Assigned in SetUp.

    [SetUp]
    public async Task SetUpAsync()
    {
        _temp = new TempDirectory("voced-cube-cli");
        Environment.SetEnvironmentVariable("VOCED_HOME", _temp.Path);
        var options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp);
        _connection = options.ConnectionString;
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("VOCED_HOME", null);
        _temp.Dispose();
    }

    [TestCase("refresh")]
    [TestCase("export")]
    [TestCase("cube", "query")]
    [TestCase("cube", "headlines")]
    [TestCase("db", "dictionary")]
    [TestCase("db", "grant-readonly")]
    public async Task Every_new_command_answers_help(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Usage:"));
    }

    [Test]
    public async Task Refresh_then_query_prints_the_province_quality_by_school_type_as_csv()
    {
        var refresh = await Voced("refresh");
        Assert.That(refresh.Output, Does.StartWith("full refresh #1"));
        var again = await Voced("refresh");
        Assert.That(again.Output, Does.StartWith("incremental refresh #2: 0 submission(s) seen"));

        var query = await Voced("cube", "query", "--cube", "quality", "--region", "44", "--year", "2024", "--by", "school_type", "--format", "csv");
        Assert.That(query.ExitCode, Is.Zero, query.Error);
        var lines = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(5), "header + all, associate, secondary, technical");
        Assert.That(lines[1], Does.StartWith("44,province,2024,all,2,12,8,5,0.875,"));
        Assert.That(lines[3].TrimEnd(), Does.Contain(",secondary,").And.EndWith(",true"), "2 graduates: rates suppressed");
    }

    [Test]
    public async Task Query_as_a_table_names_indicators_in_chinese_and_headlines_list_the_provinces()
    {
        await Voced("refresh", "--full");
        var table = await Voced("cube", "query", "--cube", "quality", "--region", "CN", "--year", "2024");
        Assert.That(table.Output, Does.Contain("毕业去向落实率").And.Contain("region_code=CN"));
        var headlines = await Voced("cube", "headlines");
        Assert.That(headlines.Output, Does.Contain("academic year 2024").And.Contain("  44 ").And.Contain("  45 "));
    }

    [Test]
    public async Task Export_writes_csv_and_parquet_and_a_manifest()
    {
        await Voced("refresh");
        var run = await Voced("export", "--format", "csv", "--out", _temp.File("out"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(_temp.File("out/cube_quality.csv")) && !File.Exists(_temp.File("out/cube_quality.parquet")));
        Assert.That(File.Exists(_temp.File("out/manifest.json")));
        var bad = await Voced("export", "--format", "xlsx", "--out", _temp.File("out2"));
        Assert.That((bad.ExitCode, bad.Error.Trim()), Is.EqualTo((2, "voced: error: unknown export format 'xlsx': use csv or parquet")));
    }

    [Test]
    public async Task Grant_readonly_on_sqlite_explains_the_read_only_connection_mode()
    {
        var run = await Voced("db", "grant-readonly", "--user", "analyst");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Mode=ReadOnly"));
    }

    private Task<CliRun> Voced(params string[] args) => CliRun.RunAsync(["--provider", "sqlite", "--connection", _connection, .. args]);
}
