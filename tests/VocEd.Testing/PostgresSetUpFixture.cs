using NUnit.Framework;

namespace VocEd.Testing;

/// <summary>
/// The lifecycle every PostgreSQL-using test namespace shares: start one throw-away <see cref="PostgresServer"/>
/// before its tests, stop and delete it after them. A derived [SetUpFixture] publishes the server to its tests in
/// <see cref="OnStarted"/> and may clean up in <see cref="OnStopping"/>.
/// </summary>
public abstract class PostgresSetUpFixture
{
    private PostgresServer? _server;

    [OneTimeSetUp]
    public async Task StartPostgresAsync()
    {
        _server = await PostgresServer.StartAsync().ConfigureAwait(false);
        OnStarted(_server);
    }

    [OneTimeTearDown]
    public async Task StopPostgresAsync()
    {
        try
        {
            OnStopping();
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Called once the server accepts connections.</summary>
    protected abstract void OnStarted(PostgresServer server);

    /// <summary>Called before the server stops.</summary>
    protected virtual void OnStopping()
    {
    }
}
