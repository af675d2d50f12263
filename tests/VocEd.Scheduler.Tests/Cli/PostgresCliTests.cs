using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>The command line against a throw-away PostgreSQL server: a connection string alone, an unmigrated database, a login granted twice.</summary>
[NonParallelizable]
public sealed class PostgresCliTests
{
    private PostgresServer _server = null!; // Assigned in OneTimeSetUp.
    private TempDirectory _home = null!; // Assigned in SetUp.

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [SetUp]
    public void SetUp()
    {
        _home = new TempDirectory("voced-pg-cli");
        Environment.SetEnvironmentVariable("VOCED_HOME", _home.Path);
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable("VOCED_HOME", null);
        _home.Dispose();
    }

    [Test]
    public async Task An_unmigrated_database_is_one_line_that_says_to_migrate_and_a_connection_string_alone_names_its_provider()
    {
        var connection = await _server.CreateDatabaseAsync();
        var unmigrated = await CliRun.RunAsync("--connection", connection, "db", "summary");
        Assert.That(unmigrated.ExitCode, Is.EqualTo(2));
        Assert.That(unmigrated.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(unmigrated.Error, Does.StartWith("voced: error: no warehouse in the postgres warehouse Host=").And.Contain("(it has no schema): run ./voced db migrate"));
        Assert.That(unmigrated.Error, Does.Not.Contain("42P01").And.Not.Contain("Password"));

        var migrate = await CliRun.RunAsync("--connection", connection, "db", "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.Error);
        Assert.That(migrate.Output, Does.Contain("the postgres warehouse"));
        var summary = await CliRun.RunAsync("--connection", connection, "db", "summary");
        Assert.That(summary.ExitCode, Is.Zero, summary.Error);
        Assert.That(summary.Output, Does.Match(@"regions: provinces\s+31"));
    }

    [Test]
    public async Task Grant_readonly_twice_renews_the_grants_keeps_the_password_and_resets_it_on_request()
    {
        var connection = await _server.CreateDatabaseAsync();
        Assert.That((await CliRun.RunAsync("--connection", connection, "db", "migrate")).ExitCode, Is.Zero);
        var first = await CliRun.RunAsync("--connection", connection, "db", "grant-readonly", "--user", "analyst_cli");
        var second = await CliRun.RunAsync("--connection", connection, "db", "grant-readonly", "--user", "analyst_cli");
        var reset = await CliRun.RunAsync("--connection", connection, "db", "grant-readonly", "--user", "analyst_cli", "--reset-password");

        Assert.That((first.ExitCode, second.ExitCode, reset.ExitCode), Is.EqualTo((0, 0, 0)), first.Error + second.Error + reset.Error);
        Assert.That(first.Output, Does.StartWith("created read-only login analyst_cli").And.Contain("password (shown once): "));
        Assert.That(second.Output, Does.Contain("exists").And.Contain("password unchanged (--reset-password gives it a new one)"));
        Assert.That(reset.Output, Does.Contain("exists").And.Contain("new password (shown once): "));
    }
}
