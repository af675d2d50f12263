using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>voced dashboards on a SQLite fixture: the scope's subtree is written; mistakes are one line and exit 2.</summary>
[NonParallelizable]
public sealed class DashboardsCommandTests
{
    private TempDirectory _temp = null!; // Assigned in SetUp.
    private string _connection = null!; // Assigned in SetUp.

    [SetUp]
    public async Task SetUpAsync()
    {
        _temp = new TempDirectory("voced-dashboards-cli");
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

    [Test]
    public async Task Dashboards_answers_help()
    {
        var run = await CliRun.RunAsync("dashboards", "--help");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("--scope").And.Contain("--out"));
    }

    [Test]
    public async Task A_scope_writes_its_subtree_and_the_assets_only()
    {
        await Voced("refresh");
        var out44 = _temp.File("site44");
        var run = await Voced("dashboards", "--out", out44, "--scope", "44");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("wrote 3 page(s)").And.Contain(Path.Combine(out44, "44", "index.html")));
        Assert.That(File.Exists(Path.Combine(out44, "44", "index.html")) && File.Exists(Path.Combine(out44, "44", "4401", "index.html")));
        Assert.That(File.Exists(Path.Combine(out44, "index.html")) || Directory.Exists(Path.Combine(out44, "45")), Is.False);
        Assert.That(File.Exists(Path.Combine(out44, "assets", "site.css")));

        var all = await Voced("dashboards", "--out", _temp.File("site"));
        Assert.That(all.ExitCode, Is.Zero, all.Error);
        Assert.That(all.Output, Does.Contain("wrote 6 page(s)"));
    }

    [TestCase("99", "voced: error: unknown scope '99': use CN, a 2-digit province code or a 4-digit prefecture code")]
    [TestCase("1101", "voced: error: the cubes hold no data for 1101 市辖区 in academic year 2024")]
    public async Task A_scope_without_a_page_is_a_one_line_error(string scope, string message)
    {
        await Voced("refresh");
        var run = await Voced("dashboards", "--out", _temp.File("bad"), "--scope", scope);
        Assert.That((run.ExitCode, run.Error.Trim()), Is.EqualTo((2, message)));
    }

    [Test]
    public async Task Before_any_refresh_the_error_says_what_to_do()
    {
        var run = await Voced("dashboards", "--out", _temp.File("empty"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error.Trim(), Is.EqualTo("voced: error: the cubes hold no data: ingest submissions and run voced refresh first"));
        var year = await Voced("dashboards", "--out", _temp.File("empty"), "--year", "2019");
        Assert.That(year.ExitCode, Is.EqualTo(2));
    }

    private Task<CliRun> Voced(params string[] args) => CliRun.RunAsync(["--provider", "sqlite", "--connection", _connection, .. args]);
}
