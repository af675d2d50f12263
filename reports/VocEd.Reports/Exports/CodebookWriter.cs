using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VocEd.Reports.Cubes;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Exports;

/// <summary>codebook.md and codebook.json: every cube's grain and columns (type, definition from the indicator registry) and the code lists.</summary>
internal static class CodebookWriter
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task WriteAsync(string directory, IReadOnlyList<(CubeDefinition Cube, CubeTable Table)> cubes, CodeLists codes, int minimumDenominator, CancellationToken ct)
    {
        var md = new StringBuilder();
        md.AppendLine("# VocEd Warehouse cube export — codebook (数据字典)").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Rates are fractions in [0, 1]; empty means NULL (zero denominator) or suppressed (denominator below {minimumDenominator}, then `suppressed` is true). CSV files are UTF-8 with BOM.").AppendLine();
        foreach (var (cube, table) in cubes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {cube.Table}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Grain: {cube.Grain}. Rows: {table.Rows.Count}. Files: `{cube.Table}.csv`, `{cube.Table}.parquet`.").AppendLine();
            md.AppendLine("| column | type | 名称 | definition | unit | source |").AppendLine("|---|---|---|---|---|---|");
            foreach (var c in table.Columns)
            {
                var i = c.Indicator;
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {c.Name} | {TypeName(c.Type)} | {i?.NameZh ?? string.Empty} | {Cell(i is null ? c.Meaning : $"{i.NameEn}: {i.Formula} ({i.Numerator} ÷ {i.Denominator})")} | {Cell(i?.Unit ?? string.Empty)} | {Cell(i?.Source ?? "docs/cubes.md")} |");
            }

            md.AppendLine();
        }

        AppendCodes(md, "Regions (region_code)", codes.Regions);
        AppendCodes(md, "School types (school_type)", codes.SchoolTypes);
        AppendCodes(md, "Major categories (major_category_code)", codes.MajorCategories);
        AppendCodes(md, "Industry sections (industry_section, GB/T 4754-2017)", codes.Sections);
        await File.WriteAllTextAsync(Path.Combine(directory, "codebook.md"), md.ToString(), new UTF8Encoding(false), ct).ConfigureAwait(false);

        var json = new
        {
            MinimumDenominator = minimumDenominator,
            Cubes = cubes.Select(x => new
            {
                x.Cube.Table,
                x.Cube.Grain,
                Rows = x.Table.Rows.Count,
                Columns = x.Table.Columns.Select(c => new
                {
                    c.Name,
                    Type = TypeName(c.Type),
                    Meaning = c.Indicator is null ? c.Meaning : null,
                    Indicator = c.Indicator,
                }),
            }),
            Codes = codes,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "codebook.json"), JsonSerializer.Serialize(json, _json), new UTF8Encoding(false), ct).ConfigureAwait(false);
    }

    private static void AppendCodes(StringBuilder md, string title, IReadOnlyList<CodeListEntry> codes)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        md.AppendLine("| code | 名称 | note |").AppendLine("|---|---|---|");
        foreach (var c in codes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.Code} | {c.NameZh} | {Cell(c.Note)} |");
        }

        md.AppendLine();
    }

    private static string TypeName(CubeColumnType type) => type switch
    {
        CubeColumnType.WholeNumber => "integer",
        CubeColumnType.RealNumber => "double",
        CubeColumnType.Timestamp => "timestamp (UTC)",
        CubeColumnType.Boolean => "boolean",
        CubeColumnType.Date => "date (yyyy-MM-dd)",
        _ => "text",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
