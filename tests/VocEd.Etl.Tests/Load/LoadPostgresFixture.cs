using VocEd.Etl.Tests.Load.Support;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Load;

/// <summary>One throw-away PostgreSQL server for the load-stage tests (this namespace and below); deletes the generated samples at the end.</summary>
[SetUpFixture]
public sealed class LoadPostgresFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        GeneratedSamples.DeleteAll();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
