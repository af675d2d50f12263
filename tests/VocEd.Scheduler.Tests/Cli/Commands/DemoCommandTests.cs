using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using VocEd.Scheduler.Cli.Commands;
using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Cli.Commands;

/// <summary>The demo's warehouse is what the analyst guide's examples run on: every SQL block of the guide returns rows on it.</summary>
[NonParallelizable]
public sealed partial class DemoCommandTests
{
    private TempDirectory _home = null!; // Assigned in OneTimeSetUp.
    private string _warehouse = null!; // Assigned in OneTimeSetUp.

    /// <summary>A demo warehouse built once, as `./voced demo` builds it (tiny scale, to keep the run short).</summary>
    [OneTimeSetUp]
    public async Task BuildDemoAsync()
    {
        _home = new TempDirectory("voced-demo-guide");
        Environment.SetEnvironmentVariable("VOCED_HOME", _home.Path);
        try
        {
            var run = await CliRun.RunAsync("demo", "--scale", "tiny");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("VOCED_HOME", null);
        }

        _warehouse = Path.Combine(_home.Path, "data", "demo", "voced-demo.db");
    }

    [OneTimeTearDown]
    public void CleanUp() => _home?.Dispose();

    public static IEnumerable<TestCaseData> GuideQueries() =>
        SqlBlock().Matches(File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "analyst-guide.md")))
            .Select((m, i) => new TestCaseData(m.Groups[1].Value).SetName($"{{m}}(query {i + 1})"));

    [TestCaseSource(nameof(GuideQueries))]
    public async Task Every_query_of_the_analyst_guide_returns_rows_on_the_demo_warehouse(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _warehouse, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is the guide's own SQL, which is what this test runs.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, "the query returns rows on the demo warehouse");
    }

    [Test]
    public void The_guide_states_the_demo_year()
    {
        var guide = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "analyst-guide.md"));
        Assert.That(GuideQueries().Count(), Is.GreaterThanOrEqualTo(9));
        Assert.That(guide, Does.Contain($"academic year **{DemoCommand.Year}**"));
    }

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
