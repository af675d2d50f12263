using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VocEd.Reports.Cubes;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Exports;

/// <summary>
/// Writes every cube (docs/cubes.md) for statisticians: CSV (UTF-8 with BOM) and/or Parquet, with disclosure
/// control applied, plus codebook.md, codebook.json and manifest.json (rows and SHA-256 of every file).
/// </summary>
public sealed class CubeExporter(IWarehouseContextFactory options, TimeProvider time)
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ExportManifest> ExportAsync(string directory, ExportFormats formats, int minimumDenominator, CancellationToken ct)
    {
        if (formats == ExportFormats.None)
        {
            throw new ArgumentException("choose at least one format (csv, parquet)", nameof(formats));
        }

        if (minimumDenominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDenominator), "the minimum denominator cannot be negative");
        }

        Directory.CreateDirectory(directory);
        var files = new List<ExportedFile>();
        var tables = new List<(CubeDefinition, CubeTable)>();
        var codes = await CodeLists.ReadAsync(options, ct).ConfigureAwait(false);
        var names = codes.Regions.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().NameZh, StringComparer.Ordinal);
        foreach (var cube in CubeCatalog.All)
        {
            var table = WithRegionNames(DisclosureControl.Apply(await CubeReader.ReadAsync(options, cube, null, null, ct).ConfigureAwait(false), minimumDenominator), names);
            tables.Add((cube, table));
            if (formats.HasFlag(ExportFormats.Csv))
            {
                var path = Path.Combine(directory, cube.Table + ".csv");
                await CsvCubeWriter.WriteAsync(table, path, ct).ConfigureAwait(false);
                files.Add(await DescribeAsync(path, cube.Table, table.Rows.Count, ct).ConfigureAwait(false));
            }

            if (formats.HasFlag(ExportFormats.Parquet))
            {
                var path = Path.Combine(directory, cube.Table + ".parquet");
                await ParquetCubeWriter.WriteAsync(table, path, ct).ConfigureAwait(false);
                files.Add(await DescribeAsync(path, cube.Table, table.Rows.Count, ct).ConfigureAwait(false));
            }
        }

        await CodebookWriter.WriteAsync(directory, tables, codes, minimumDenominator, ct).ConfigureAwait(false);
        files.Add(await DescribeAsync(Path.Combine(directory, "codebook.md"), null, null, ct).ConfigureAwait(false));
        files.Add(await DescribeAsync(Path.Combine(directory, "codebook.json"), null, null, ct).ConfigureAwait(false));
        var manifest = new ExportManifest(time.GetUtcNow().UtcDateTime, minimumDenominator, files);
        await File.WriteAllTextAsync(Path.Combine(directory, "manifest.json"), JsonSerializer.Serialize(manifest, _json), new UTF8Encoding(false), ct).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>
    /// Adds region_name_zh after region_code, so a statistician sees 广东省 beside 44 (an export-only column); a school cube,
    /// which has no region_code, is left as it is.
    /// </summary>
    internal static CubeTable WithRegionNames(CubeTable table, IReadOnlyDictionary<string, string> names)
    {
        if (!table.Columns.Any(c => c.Name == "region_code"))
        {
            return table;
        }

        var at = table.IndexOf("region_code") + 1;
        var columns = table.Columns.ToList();
        columns.Insert(at, new CubeColumn("region_name_zh", CubeColumnType.Text, null, "the region's Chinese name (export only)"));
        var rows = table.Rows.Select(r =>
        {
            var list = r.ToList();
            list.Insert(at, names.TryGetValue((string?)r[at - 1] ?? string.Empty, out var name) ? name : string.Empty);
            return list.ToArray();
        }).ToList();
        return new CubeTable(table.Name, columns, rows);
    }

    private static async Task<ExportedFile> DescribeAsync(string path, string? cube, int? rows, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false);
        return new ExportedFile(Path.GetFileName(path), cube, rows, stream.Length, Convert.ToHexString(hash).ToLower(CultureInfo.InvariantCulture));
    }
}
