using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Cubes;

/// <summary>Reads a cube's rows in natural-key order, optionally for one region and one year.</summary>
public static class CubeReader
{
    public static async Task<CubeTable> ReadAsync(IWarehouseContextFactory options, CubeDefinition cube, string? regionCode, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var columns = CubeColumn.Of(cube);
        var keys = cube.Keys.Select(k => k.Name).ToList();
        var yearColumn = keys.First(k => k.EndsWith("year", StringComparison.Ordinal));
        var where = (regionCode is null ? string.Empty : " and region_code = @region") + (year is null ? string.Empty : $" and {yearColumn} = @year");
        var sql = $"select {string.Join(", ", columns.Select(c => c.Name))} from {cube.Table} where 1 = 1{where} order by {string.Join(", ", keys)}";
        var parameters = new List<(string, object?)>();
        if (regionCode is not null)
        {
            parameters.Add(("@region", regionCode));
        }

        if (year is not null)
        {
            parameters.Add(("@year", year.Value));
        }

        await using var db = options.CreateContext();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var rows = await SqlCommands.QueryAsync(db.Database.GetDbConnection(), null, sql, r =>
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = r.IsDBNull(i) ? null : Normalize(r.GetValue(i), columns[i].Type);
            }

            return values;
        }, ct, [.. parameters]).ConfigureAwait(false);
        return new CubeTable(cube.Table, columns, rows);
    }

    private static object Normalize(object value, CubeColumnType type) => type switch
    {
        CubeColumnType.WholeNumber => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        CubeColumnType.RealNumber => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        CubeColumnType.Timestamp => value is DateTime d
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : DateTime.SpecifyKind(DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        CubeColumnType.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
