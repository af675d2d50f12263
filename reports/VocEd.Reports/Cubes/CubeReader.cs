using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Cubes;

/// <summary>
/// Reads a cube's rows in natural-key order, optionally for one region and one year. For a region cube the region is
/// the row's region_code; for a school cube (cube_quality_school, cube_submission_status) it is where the school lies:
/// its prefecture, province or economic region, or every school for CN.
/// </summary>
public static class CubeReader
{
    private static readonly string[] _economicRegions = ["east", "central", "west", "northeast"];

    public static Task<CubeTable> ReadAsync(IWarehouseContextFactory options, CubeDefinition cube, string? regionCode, int? year, CancellationToken ct) =>
        ReadAsync(options, cube, CubeSlice.Of(regionCode, year), ct);

    /// <summary>The rows of <paramref name="slice"/>: one statement, whatever the slice, so a caller never reads a cube row by row.</summary>
    public static async Task<CubeTable> ReadAsync(IWarehouseContextFactory options, CubeDefinition cube, CubeSlice slice, CancellationToken ct)
    {
        var columns = CubeColumn.Of(cube);
        var (sql, parameters) = Select(cube, slice);
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

    /// <summary>The select statement of a slice and its parameters, in the SQL every provider accepts.</summary>
    internal static (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters) Select(CubeDefinition cube, CubeSlice slice)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(slice);
        var columns = CubeColumn.Of(cube).Select(c => c.Name).ToList();
        var keys = cube.Keys.Select(k => k.Name).ToList();
        var yearColumn = keys.First(k => k.EndsWith("year", StringComparison.Ordinal));
        var conditions = new List<string>();
        var parameters = new List<(string Name, object? Value)>();
        if (slice.RegionCode is { } regionCode && RegionColumn(cube, regionCode) is { } regionColumn)
        {
            conditions.Add($"{regionColumn} = @region");
            parameters.Add(("@region", regionCode));
        }

        if (slice.FirstYear is { } first && slice.LastYear == first)
        {
            conditions.Add($"{yearColumn} = @year");
            parameters.Add(("@year", first));
        }
        else
        {
            if (slice.FirstYear is { } from)
            {
                conditions.Add($"{yearColumn} >= @first_year");
                parameters.Add(("@first_year", from));
            }

            if (slice.LastYear is { } to)
            {
                conditions.Add($"{yearColumn} <= @last_year");
                parameters.Add(("@last_year", to));
            }
        }

        foreach (var (column, value) in slice.Filters)
        {
            // The column becomes part of the statement: only the cube's own column names get there.
            if (!columns.Contains(column, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{cube.Table} has no column {column}", nameof(slice));
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"@value{parameters.Count}");
            conditions.Add($"{column} = {name}");
            parameters.Add((name, value));
        }

        var where = string.Concat(conditions.Select(c => " and " + c));
        return ($"""
            select {string.Join(", ", columns)} from {cube.Table} where 1 = 1{where} order by {string.Join(", ", keys)}
            """, parameters);
    }

    /// <summary>The column a region filter compares with, or null when every row is in the region (CN of a school cube).</summary>
    private static string? RegionColumn(CubeDefinition cube, string regionCode) =>
        cube.HasRegionCode ? "region_code"
        : string.Equals(regionCode, "CN", StringComparison.Ordinal) ? null
        : _economicRegions.Contains(regionCode, StringComparer.Ordinal) ? "economic_region"
        : regionCode.Length == 2 ? "province_code"
        : regionCode.Length == 4 ? "prefecture_code"
        : "county_code";

    private static object Normalize(object value, CubeColumnType type) => type switch
    {
        CubeColumnType.Date => value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => DateOnly.ParseExact((Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        CubeColumnType.WholeNumber => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        CubeColumnType.RealNumber => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        CubeColumnType.Timestamp => value is DateTime d
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : DateTime.SpecifyKind(DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        CubeColumnType.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
