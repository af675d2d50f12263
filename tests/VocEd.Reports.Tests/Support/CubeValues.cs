using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// The cubes read back with plain SQL (no report code): every row of a cube as column → value, for the tests to
/// compare each number of a workbook with the cube value it came from.
/// </summary>
internal sealed class CubeValues
{
    private CubeValues(IReadOnlyList<IReadOnlyDictionary<string, object?>> quality, IReadOnlyList<IReadOnlyDictionary<string, object?>> alignment,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> sections, IReadOnlyList<IReadOnlyDictionary<string, object?>> fit)
    {
        Quality = quality;
        Alignment = alignment;
        Sections = sections;
        Fit = fit;
    }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Schools { get; private init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Destinations { get; private init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> SubmissionStatus { get; private init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> SubmissionCoverage { get; private init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> PriorityCoverage { get; private init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Quality { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Alignment { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Sections { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Fit { get; }

    public static async Task<CubeValues> ReadAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        return new CubeValues(
            await AllAsync(connection, "select * from cube_quality"),
            await AllAsync(connection, "select * from cube_alignment"),
            await AllAsync(connection, "select * from cube_alignment_section"),
            await AllAsync(connection, "select * from cube_graduate_fit"))
        {
            Schools = await AllAsync(connection, "select * from cube_quality_school"),
            Destinations = await AllAsync(connection, "select * from cube_destination"),
            SubmissionStatus = await AllAsync(connection, "select * from cube_submission_status"),
            SubmissionCoverage = await AllAsync(connection, "select * from cube_submission_coverage"),
            PriorityCoverage = await AllAsync(connection, "select * from cube_priority_coverage"),
        };
    }

    public IReadOnlyDictionary<string, object?>? SchoolRow(string school, int year) =>
        Schools.SingleOrDefault(r => Text(r, "school_code") == school && Int(r, "academic_year") == year);

    /// <summary>A boolean column as 是 / 否 / empty, the way the workbooks write a flag.</summary>
    public static string YesNo(IReadOnlyDictionary<string, object?>? row, string column) =>
        row?[column] is null or DBNull ? string.Empty : Convert.ToBoolean(row[column], CultureInfo.InvariantCulture) ? "是" : "否";

    /// <summary>A boolean column (SQLite: 0/1), or null.</summary>
    public static bool? Flag(IReadOnlyDictionary<string, object?>? row, string column) =>
        row?[column] is null or DBNull ? null : Convert.ToBoolean(row[column], CultureInfo.InvariantCulture);

    public IReadOnlyDictionary<string, object?>? QualityRow(string region, int year, string type = "all") =>
        Quality.SingleOrDefault(r => Text(r, "region_code") == region && Int(r, "academic_year") == year && Text(r, "school_type") == type);

    public IReadOnlyDictionary<string, object?>? AlignmentRow(string region, int year, string supply, string demand) =>
        Alignment.SingleOrDefault(r => Text(r, "region_code") == region && Int(r, "year") == year && Text(r, "supply_basis") == supply && Text(r, "demand_basis") == demand);

    public static string Text(IReadOnlyDictionary<string, object?> row, string column) => Convert.ToString(row[column], CultureInfo.InvariantCulture) ?? string.Empty;

    public static long Int(IReadOnlyDictionary<string, object?> row, string column) => Convert.ToInt64(row[column], CultureInfo.InvariantCulture);

    public static double? Number(IReadOnlyDictionary<string, object?>? row, string column) =>
        row?[column] is null or DBNull ? null : Convert.ToDouble(row[column], CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> AllAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
