using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Testing.Cubes;

namespace VocEd.Reports.Tests;

/// <summary>One throw-away PostgreSQL server for the report tests; the shared warehouses and rendered workbooks are deleted at the end.</summary>
[SetUpFixture]
public sealed class ReportsTestSetUp : PostgresSetUpFixture
{
    protected override void OnStarted(PostgresServer server) => CubeFixture.Postgres = server;

    protected override void OnStopping()
    {
        RenderedReports.DeleteAll();
        ReportWarehouse.DeleteShared();
    }
}
