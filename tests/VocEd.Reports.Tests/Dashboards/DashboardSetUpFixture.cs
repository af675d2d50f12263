using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Reports.Dashboards;
using VocEd.Reports.Dashboards.Data;
using VocEd.Testing;
using VocEd.Testing.Cubes;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Dashboards;

/// <summary>
/// One small warehouse and one generated site for every dashboard test: the cube fixture (academic year 2024;
/// 44 广东 with prefectures 4401 and 4403, 45 广西 with 4501), refreshed, plus cube rows of 2023 made from 2024's
/// with other values, so tiles have a last year to compare with and trends have two points.
/// </summary>
[SetUpFixture]
public sealed class DashboardSetUpFixture
{
    private static TempDirectory? _temp;

    public static WarehouseOptions Options { get; private set; } = null!; // Assigned in OneTimeSetUp.

    public static string Database { get; private set; } = null!; // Assigned in OneTimeSetUp.

    public static DashboardSite Model { get; private set; } = null!; // Assigned in OneTimeSetUp.

    /// <summary>The folder of the whole rendered site (scope CN).</summary>
    public static string Site { get; private set; } = null!; // Assigned in OneTimeSetUp.

    public static TempDirectory Temp => _temp ?? throw new InvalidOperationException("the set-up fixture has not run");

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        _temp = new TempDirectory("voced-dashboards");
        Database = _temp.File("dashboards.db");
        Options = await CubeFixture.CreateWithFactsAsync(WarehouseProvider.Sqlite, _temp, "dashboards.db");
        await new CubeRefresher(Options, TimeProvider.System).RefreshAsync(full: true, CancellationToken.None);
        await AddLastYearAsync(Options);
        Model = await DashboardModelBuilder.BuildAsync(Options, "CN", null, 5, CancellationToken.None);
        Site = _temp.File("site");
        await DashboardRenderer.RenderAsync(Model, Site, "CN", CancellationToken.None);
    }

    [OneTimeTearDown]
    public void TearDown() => _temp?.Dispose();

    private static async Task AddLastYearAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var quality = await db.CubeQuality.AsNoTracking().Where(q => q.AcademicYear == CubeFixture.Year).ToListAsync();
        foreach (var q in quality)
        {
            q.AcademicYear = CubeFixture.Year - 1;
            q.Students += 3;
            q.PlacementRate = q.PlacementRate is { } p ? p - 0.05 : null;
            q.RelatedRate = q.RelatedRate is { } r ? r / 2 : null;
            q.MedianMonthlySalary = q.MedianMonthlySalary is { } m ? m - 250 : null;
            db.CubeQuality.Add(q);
        }

        var alignment = await db.CubeAlignment.AsNoTracking().Where(a => a.Year == CubeFixture.Year).ToListAsync();
        foreach (var a in alignment)
        {
            a.Year = CubeFixture.Year - 1;
            a.MismatchIndex += 0.125;
            a.MatchDegree -= 0.125;
            db.CubeAlignment.Add(a);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A cube value read with plain SQL, not through the code under test.</summary>
    public static async Task<double?> CubeValueAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToDouble(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
