using System.Text.RegularExpressions;
using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Cli;

[NonParallelizable]
public sealed class VocedCliTests
{
    private TempDirectory _home = null!; // Assigned in SetUp before every test.

    [SetUp]
    public void SetUp()
    {
        _home = new TempDirectory("voced-cli");
        Environment.SetEnvironmentVariable("VOCED_HOME", _home.Path);
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", null);
        Environment.SetEnvironmentVariable("VOCED_CONNECTION", null);
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("VOCED_HOME", null);
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", null);
        _home.Dispose();
    }

    [TestCase]
    [TestCase("db")]
    [TestCase("db", "migrate")]
    [TestCase("db", "script")]
    [TestCase("db", "summary")]
    [TestCase("demo")]
    [TestCase("ingest")]
    [TestCase("withdraw")]
    [TestCase("test")]
    public async Task Every_command_answers_help(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Usage:").And.Contain("--provider"));
    }

    [Test]
    public async Task An_unknown_provider_is_one_clear_line_and_a_non_zero_exit()
    {
        var run = await CliRun.RunAsync("--provider", "oracle", "db", "summary");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain("unknown provider 'oracle'"));
    }

    [TestCase("0")]
    [TestCase("65")]
    public async Task Ingest_refuses_a_worker_count_out_of_range_in_one_line(string workers)
    {
        var run = await CliRun.RunAsync("ingest", _home.Path, "--workers", workers);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain($"--workers {workers}: give a number from 1 to 64"));
    }

    [Test]
    public async Task Ingest_refuses_a_negative_worker_count_from_the_configuration_in_one_line()
    {
        Environment.SetEnvironmentVariable("Etl__Workers", "-3");
        try
        {
            var run = await CliRun.RunAsync("ingest", _home.Path);
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(run.Error, Does.Contain("Etl:Workers = -3"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Etl__Workers", null);
        }
    }

    [Test]
    public async Task An_unreachable_database_is_one_clear_line_not_a_stack_trace()
    {
        var run = await CliRun.RunAsync("--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Database=x;Timeout=2", "db", "summary");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("voced: error:").And.Not.Contain("   at "));
    }

    [Test]
    public async Task The_provider_can_come_from_the_environment()
    {
        Environment.SetEnvironmentVariable("VOCED_PROVIDER", "sqlserver");
        var run = await CliRun.RunAsync("db", "script");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("COLUMNSTORE"));
    }

    [Test]
    public async Task Db_script_for_sql_server_prints_T_SQL_without_connecting()
    {
        var run = await CliRun.RunAsync("db", "script", "--provider", "sqlserver");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("CREATE TABLE [fact_enrollment]").And.Contain("CREATE CLUSTERED COLUMNSTORE INDEX [cci_fact_enrollment]"));
    }

    [Test]
    public async Task Migrate_uses_the_default_sqlite_file_under_data()
    {
        var run = await CliRun.RunAsync("db", "migrate");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(Path.Combine(_home.Path, "data", "voced.db")), Is.True);
        var again = await CliRun.RunAsync("db", "migrate");
        Assert.That(again.Output, Does.Contain("up to date").And.Contain("0 row(s) inserted, 0 updated"));
    }

    [Test]
    public async Task Demo_builds_a_fresh_warehouse_and_prints_its_summary()
    {
        var run = await CliRun.RunAsync("demo", "--scale", "tiny");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Match(@"run \d+: \d+ files — \d+ loaded"));
        Assert.That(run.Output, Does.Match(@"fact_enrollment\s+[1-9]"));
        Assert.That(run.Output, Does.Match(@"regions: provinces\s+31"));
        Assert.That(run.Output, Does.Match(@"regions: prefectures\s+342"));
        Assert.That(run.Output, Does.Match(@"regions: counties\s+2,978"));
        Assert.That(run.Output, Does.Match(@"major categories: secondary\s+19"));
        Assert.That(run.Output, Does.Match(@"industry sections\s+20"));
        Assert.That(run.Output, Does.Contain("rendered the dashboards (").And.Contain(Path.Combine(_home.Path, "data", "demo", "dashboards", "index.html")));
        Assert.That(File.Exists(Path.Combine(_home.Path, "data", "demo", "dashboards", "assets", "site.css")));
        var again = await CliRun.RunAsync("demo", "--scale", "tiny");
        var migrated = Regex.Match(run.Output, @"migrated \([1-9][0-9]* migration\(s\)\)").Value;
        Assert.That(migrated, Is.Not.Empty, "the first demo applies every migration");
        Assert.That(again.Output, Does.Contain(migrated), "a second demo starts fresh again (every migration applied again)");
    }
}
