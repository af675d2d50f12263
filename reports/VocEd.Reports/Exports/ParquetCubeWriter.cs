using Parquet;
using Parquet.Schema;
using VocEd.Reports.Cubes;

namespace VocEd.Reports.Exports;

/// <summary>A cube as one Parquet file (one row group): text as UTF-8 strings, counts int64, measures double, refreshed_at a timestamp, suppressed boolean.</summary>
internal static class ParquetCubeWriter
{
    public static async Task WriteAsync(CubeTable table, string path, CancellationToken ct)
    {
        var fields = table.Columns.Select(c => (DataField)(c.Type switch
        {
            CubeColumnType.WholeNumber => new DataField<long?>(c.Name),
            CubeColumnType.RealNumber => new DataField<double?>(c.Name),
            CubeColumnType.Timestamp => new DataField<DateTime>(c.Name),
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
                case CubeColumnType.Timestamp:
                    await group.WriteAsync<DateTime>(field, table.Rows.Select(r => (DateTime)(r[column] ?? DateTime.UnixEpoch)).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                case CubeColumnType.Boolean:
                    await group.WriteAsync<bool>(field, table.Rows.Select(r => r[column] is true).ToArray(), cancellationToken: ct).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(field, table.Rows.Select(r => (string)(r[column] ?? string.Empty)).ToList()).ConfigureAwait(false);
                    break;
            }
        }
    }
}
