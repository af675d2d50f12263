using VocEd.Testing;
using VocEd.Testing.Cubes;

namespace VocEd.Scheduler.Tests.Web;

/// <summary>One throw-away PostgreSQL server for the web host's tests.</summary>
[SetUpFixture]
public sealed class WebPostgresFixture : PostgresSetUpFixture
{
    private static PostgresServer? _server;

    public static PostgresServer Server => _server ?? throw new InvalidOperationException("the PostgreSQL test server is not running");

    protected override void OnStarted(PostgresServer server)
    {
        _server = server;
        CubeFixture.Postgres = server;
    }
}
