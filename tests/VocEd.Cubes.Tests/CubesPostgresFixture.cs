using VocEd.Testing;
using VocEd.Testing.Cubes;

namespace VocEd.Cubes.Tests;

/// <summary>One throw-away PostgreSQL server for the cube tests of this namespace, handed to <see cref="CubeFixture"/>.</summary>
[SetUpFixture]
public sealed class CubesPostgresFixture : PostgresSetUpFixture
{
    protected override void OnStarted(PostgresServer server) => CubeFixture.Postgres = server;
}
