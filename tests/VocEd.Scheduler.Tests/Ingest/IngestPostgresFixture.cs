using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Ingest;

/// <summary>One throw-away PostgreSQL server for the ingest tests of this namespace.</summary>
[SetUpFixture]
public sealed class IngestPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;
}
