using VocEd.Etl.Tests.TestSupport;
using VocEd.Testing;

namespace VocEd.Etl.Tests;

/// <summary>One throw-away PostgreSQL server for the ETL tests that need one; deletes the generated samples at the end.</summary>
[SetUpFixture]
public sealed class EtlPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;

    protected override void OnStopping() => GeneratedSamples.DeleteAll();
}
