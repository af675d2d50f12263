using VocEd.Testing;

namespace VocEd.Warehouse.Tests;

/// <summary>One throw-away PostgreSQL server for every test of this assembly.</summary>
[SetUpFixture]
public sealed class PostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;
}
