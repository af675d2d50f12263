using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using VocEd.Etl.Extract;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Tests.Support;

/// <summary>
/// Reads a generated file the way an independent ETL would: detects the CSV encoding (BOM, strict UTF-8, else GB18030),
/// reads XLSX sheet XML and JSON arrays or lines, and maps headers to canonical names (NFKC, trim, case-insensitive).
/// Returns null when the file cannot be read.
/// </summary>
internal static class SubmissionReader
{
    public static ReadFile? Read(string path)
    {
        try
        {
            return Path.GetExtension(path) switch
            {
                ".csv" => ReadCsv(File.ReadAllBytes(path)),
                ".xlsx" => ReadXlsx(path),
                _ => ReadJson(File.ReadAllText(path, Encoding.UTF8)),
            };
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or JsonException or DecoderFallbackException or IOException)
        {
            return null;
        }
    }

    public static string? Canonical(string header)
    {
        var key = header.Normalize(NormalizationForm.FormKC).Trim();
        foreach (var t in SubmissionTemplates.All)
        {
            foreach (var c in t.Columns)
            {
                if (string.Equals(c.Name, key, StringComparison.OrdinalIgnoreCase) || string.Equals(c.NameZh.Normalize(NormalizationForm.FormKC), key, StringComparison.Ordinal))
                {
                    return c.Name;
                }
            }
        }

        return null;
    }

    public static string DetectEncoding(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return "utf-8-bom";
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return "utf-8";
        }
        catch (DecoderFallbackException)
        {
            return "gb18030";
        }
    }

    private static ReadFile ReadCsv(byte[] bytes)
    {
        var encoding = DetectEncoding(bytes);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = encoding switch
        {
            "utf-8-bom" => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
            "utf-8" => Encoding.UTF8.GetString(bytes),
            _ => Encoding.GetEncoding("GB18030").GetString(bytes),
        };
        using var reader = new CsvRowReader(new StringReader(text));
        var header = reader.ReadRecord() ?? [];
        var rows = new List<ReadRow>();
        while (reader.ReadRecord() is { } record)
        {
            var values = new string?[header.Length];
            for (var i = 0; i < Math.Min(header.Length, record.Length); i++)
            {
                values[i] = record[i].Length == 0 ? null : record[i];
            }

            rows.Add(new ReadRow(values, record.Length, new HashSet<int>()));
        }

        return new ReadFile([.. header.Select(Canonical)], rows, encoding);
    }

    private static ReadFile ReadXlsx(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidDataException("no sheet1");
        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream);
        var rows = new List<(Dictionary<int, string> Cells, HashSet<int> Numeric)>();
        Dictionary<int, string>? cells = null;
        HashSet<int>? numeric = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                cells = [];
                numeric = [];
                rows.Add((cells, numeric));
            }
            else if (xml.LocalName == "c" && cells is not null && numeric is not null)
            {
                var column = ColumnIndex(xml.GetAttribute("r") ?? "A1");
                var inline = xml.GetAttribute("t") == "inlineStr";
                using var sub = xml.ReadSubtree();
                var text = new StringBuilder();
                while (sub.Read())
                {
                    if (sub.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                    {
                        text.Append(sub.Value);
                    }
                }

                var value = text.ToString();
                if (!inline)
                {
                    numeric.Add(column);
                    var d = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
                    value = d == Math.Floor(d) && Math.Abs(d) < 1e15 ? ((long)d).ToString(CultureInfo.InvariantCulture) : value;
                }

                cells[column] = value;
            }
        }

        var width = rows.Count == 0 ? 0 : rows[0].Cells.Keys.Max() + 1;
        var header = Enumerable.Range(0, width).Select(i => rows[0].Cells.GetValueOrDefault(i) ?? string.Empty).ToArray();
        var data = rows.Skip(1).Select(r => new ReadRow(
            [.. Enumerable.Range(0, width).Select(i => r.Cells.GetValueOrDefault(i))], width, r.Numeric)).ToList();
        return new ReadFile([.. header.Select(Canonical)], data, null);
    }

    private static ReadFile ReadJson(string text)
    {
        var trimmed = text.TrimStart();
        var objects = new List<JsonElement>();
        if (trimmed.StartsWith('['))
        {
            using var doc = JsonDocument.Parse(text);
            objects.AddRange(doc.RootElement.EnumerateArray().Select(e => e.Clone()));
        }
        else
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                objects.Add(doc.RootElement.Clone());
            }
        }

        var headers = objects.Count == 0 ? [] : objects[0].EnumerateObject().Select(p => p.Name).ToArray();
        var rows = objects.Select(o =>
        {
            var values = headers.Select(h => o.TryGetProperty(h, out var v) ? v.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
                _ => v.GetRawText(),
            } : null).ToArray();
            return new ReadRow(values, headers.Length, new HashSet<int>());
        }).ToList();
        return new ReadFile([.. headers.Select(Canonical)], rows, "utf-8");
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }
}
