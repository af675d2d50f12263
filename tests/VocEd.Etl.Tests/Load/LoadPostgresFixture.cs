using VocEd.Etl.Tests.Load.Support;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Load;

/// <summary>One throw-away PostgreSQL server for the load-stage tests (this namespace and below); deletes the generated samples at the end.</summary>
[SetUpFixture]
public sealed class LoadPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server) => _server = server;

    protected override void OnStopping() => GeneratedSamples.DeleteAll();
}
