using VocEd.Testing;
using VocEd.Testing.Cubes;

namespace VocEd.Etl.Tests.Cubes;

/// <summary>One throw-away PostgreSQL server for the cube tests of this assembly.</summary>
[SetUpFixture]
public sealed class CubesPostgresFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    [OneTimeSetUp]
    public async Task StartAsync() => CubeFixture.Postgres = _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
