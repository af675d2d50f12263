using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Ingest;

/// <summary>One throw-away PostgreSQL server for the ingest tests of this namespace.</summary>
[SetUpFixture]
public sealed class IngestPostgresFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
