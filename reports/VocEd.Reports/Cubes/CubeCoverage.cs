using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Cubes;

/// <summary>Which years and regions a cube has rows for: what to tell a user whose query found none.</summary>
public sealed record CubeCoverage(string Table, IReadOnlyList<int> Years, IReadOnlyList<(string Code, string Level)> Regions)
{
    public static async Task<CubeCoverage> ReadAsync(IWarehouseContextFactory options, CubeDefinition cube, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cube);
        var year = cube.Keys.Select(k => k.Name).First(k => k.EndsWith("year", StringComparison.Ordinal));
        await using var db = options.CreateContext();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var years = await SqlCommands.QueryAsync(connection, null, $"select distinct {year} from {cube.Table} order by {year}",
            r => Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        // A school cube has no region_code: its schools lie in provinces and prefectures.
        var regionSql = cube.HasRegionCode
            ? $"select distinct region_code, region_level from {cube.Table}"
            : $"""
              select distinct province_code, 'province' from {cube.Table} where province_code is not null
              union select distinct prefecture_code, 'prefecture' from {cube.Table} where prefecture_code is not null
              """;
        var regions = (await SqlCommands.QueryAsync(connection, null, regionSql, r => (r.GetString(0), r.GetString(1)), ct).ConfigureAwait(false))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
        return new CubeCoverage(cube.Table, years, regions);
    }

    /// <summary>
    /// "cube_quality has academic years 2024 and regions CN, east, 44, 51 and 12 prefectures (4401 …)", or what to do
    /// when the cube is empty.
    /// </summary>
    public string Describe()
    {
        if (Years.Count == 0)
        {
            return $"{Table} is empty: load submissions with ./voced ingest, then run ./voced refresh";
        }

        var order = new[] { "nation", "economic_region", "province" };
        var named = Regions.Where(r => order.Contains(r.Level, StringComparer.Ordinal))
            .OrderBy(r => Array.IndexOf(order, r.Level)).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Code).ToList();
        var prefectures = Regions.Where(r => r.Level == "prefecture").Select(r => r.Code).ToList();
        var listed = prefectures.Count == 0
            ? string.Join(", ", named)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", named)} and {prefectures.Count} prefectures ({string.Join(", ", prefectures.Take(3))}{(prefectures.Count > 3 ? " …" : string.Empty)})");
        return $"{Table} has years {string.Join(", ", Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))} and regions {listed}";
    }
}
