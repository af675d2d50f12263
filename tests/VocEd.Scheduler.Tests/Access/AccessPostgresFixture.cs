using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Access;

/// <summary>One throw-away PostgreSQL server for the access store's tests.</summary>
[SetUpFixture]
public sealed class AccessPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;
}
