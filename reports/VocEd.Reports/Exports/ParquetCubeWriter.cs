using System.Globalization;
using Parquet;
using Parquet.Schema;
using VocEd.Reports.Cubes;

namespace VocEd.Reports.Exports;

/// <summary>
/// A cube as one Parquet file (one row group): text as UTF-8 strings, counts int64, measures double, timestamps (refreshed_at,
/// first_received_at) as timestamps, flags and suppressed as booleans — optional where a column can be empty — and dates as
/// yyyy-MM-dd strings.
/// </summary>
internal static class ParquetCubeWriter
{
    public static async Task WriteAsync(CubeTable table, string path, CancellationToken ct)
    {
        var fields = table.Columns.Select(c => (DataField)(c.Type switch
        {
            CubeColumnType.WholeNumber => new DataField<long?>(c.Name),
            CubeColumnType.RealNumber => new DataField<double?>(c.Name),
            CubeColumnType.Timestamp when Nullable(c) => new DataField<DateTime?>(c.Name),
            CubeColumnType.Timestamp => new DataField<DateTime>(c.Name),
            CubeColumnType.Boolean when Nullable(c) => new DataField<bool?>(c.Name),
            CubeColumnType.Boolean => new DataField<bool>(c.Name),
            _ => new DataField<string>(c.Name),
        })).ToList();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: ct).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Count; i++)
        {
            var column = i;
            var field = fields[i];
            switch (table.Columns[i].Type)
            {
                case CubeColumnType.WholeNumber:
                    await group.WriteAsync<long>(field, table.Rows.Select(r => (long?)r[column]).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.RealNumber:
                    await group.WriteAsync<double>(field, table.Rows.Select(r => (double?)r[column]).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Timestamp when field.IsNullable:
                    await group.WriteAsync<DateTime>(field, table.Rows.Select(r => (DateTime?)r[column]).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Timestamp:
                    await group.WriteAsync<DateTime>(field, table.Rows.Select(r => (DateTime)(r[column] ?? DateTime.UnixEpoch)).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Boolean when field.IsNullable:
                    await group.WriteAsync<bool>(field, table.Rows.Select(r => (bool?)r[column]).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Boolean:
                    await group.WriteAsync<bool>(field, table.Rows.Select(r => r[column] is true).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Date:
                    await group.WriteAsync(field, table.Rows.Select(r => r[column] is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty).ToList()).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(field, table.Rows.Select(r => (string)(r[column] ?? string.Empty)).ToList()).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Whether a timestamp or boolean column may be empty: all but refreshed_at and suppressed (the flags, first_received_at).</summary>
    private static bool Nullable(CubeColumn column) => column.Name is not "refreshed_at" and not "suppressed";
}
