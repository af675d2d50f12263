using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Scheduling;

/// <summary>One throw-away PostgreSQL server for the scheduler tests of this namespace.</summary>
[SetUpFixture]
public sealed class SchedulerPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;
}
