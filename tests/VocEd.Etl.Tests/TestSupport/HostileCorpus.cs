using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using VocEd.Etl.Extract;
using VocEd.Testing;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>
/// A corpus of hostile submission files made from a clean sample with a fixed seed: each file takes a clean file's rows
/// (its years moved back one, so it never replaces a clean file) and one to three faults of its format, drawn at
/// random — CSV (shifted columns, quotes opened and never closed or closed lines later, fields and lines over the
/// limits, truncation, invalid bytes, NULs, a BOM inside, duplicates, a lost header, IDs in a code column, wrong check
/// digits, another submitter, amounts too large; in UTF-8 or GB18030, LF, CRLF or CR), JSON (keys twice, too many
/// keys, nesting too deep, values too long, truncation, a row that is no object), XLSX (a part that expands past its
/// ratio, cells too long, rows past the last column, too many shared strings, junk rows, a cut zip) — and the file
/// system's (FIFOs, links to the key file, nowhere or round, a sparse giant, an empty file, a name with an ID and an
/// escape). Every file holds at least one fault, so every one must be answered with a reason.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>Limits low enough for small files to break them; the clean sample stays well within.</summary>
    public static ReadLimits Limits { get; } = new()
    {
        MaxFieldChars = 512,
        MaxRecordChars = 4_096,
        MaxLinesPerField = 5,
        MaxXlsxPartBytes = 4 << 20,
        MaxXlsxCompressionRatio = 50,
        MaxSharedStrings = 2_000,
        MaxSharedStringChars = 200_000,
        MaxJsonDepth = 8,
        MaxJsonKeys = 64,
    };

    private static readonly Encoding _gb18030 = CodePages();

    /// <summary>Writes <paramref name="count"/> hostile files (and a few file-system oddities) under <paramref name="root"/>; returns their recorded names.</summary>
    public static IReadOnlyList<string> Write(string sample, SampleManifest manifest, string root, string keyFile, int seed, int count)
    {
        var random = new Random(seed);
        var bases = manifest.Files.Where(f => f.Kind is "enrollment" or "graduate_destination" or "regional_industry").Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        var names = new List<string>();
        Directory.CreateDirectory(root);
        for (var n = 0; n < count; n++)
        {
            var source = bases[random.Next(bases.Count)];
            var (header, rows) = Shifted(Path.Combine(sample, source));
            var name = string.Create(CultureInfo.InvariantCulture, $"{n:000}_{Path.GetFileNameWithoutExtension(source)}");
            var roll = random.NextDouble();
            string file;
            if (roll < 0.5)
            {
                file = name + ".csv";
                File.WriteAllBytes(Path.Combine(root, file), Csv(random, header, rows));
            }
            else if (roll < 0.72)
            {
                file = name + (random.Next(2) == 0 ? ".json" : ".jsonl");
                File.WriteAllText(Path.Combine(root, file), Json(random, header, rows, file.EndsWith(".jsonl", StringComparison.Ordinal)));
            }
            else
            {
                file = name + ".xlsx";
                Xlsx(random, Path.Combine(root, file), header, rows);
            }

            names.Add(file);
        }

        names.AddRange(FileSystem(random, sample, bases, root, keyFile));
        return names;
    }

    private static IEnumerable<string> FileSystem(Random random, string sample, List<string> bases, string root, string keyFile)
    {
        Fifo(Path.Combine(root, "fs_pipe.csv"));
        File.CreateSymbolicLink(Path.Combine(root, "fs_key.json"), keyFile);
        File.CreateSymbolicLink(Path.Combine(root, "fs_nowhere.csv"), Path.Combine(root, "fs_gone.csv"));
        File.CreateSymbolicLink(Path.Combine(root, "fs_loop_a"), Path.Combine(root, "fs_loop_b"));
        File.CreateSymbolicLink(Path.Combine(root, "fs_loop_b"), Path.Combine(root, "fs_loop_a"));
        Directory.CreateSymbolicLink(Path.Combine(root, "fs_up"), Path.GetDirectoryName(root)!);
        HostileFiles.Sparse(Path.Combine(root, "fs_sparse.csv"), 20 << 20);
        File.WriteAllBytes(Path.Combine(root, "fs_empty.csv"), []);
        var (header, rows) = Shifted(Path.Combine(sample, bases[random.Next(bases.Count)]));
        var named = "fs_110105194912310021\u001b[2J.csv";
        File.WriteAllBytes(Path.Combine(root, named), Csv(random, header, rows));
        return ["fs_pipe.csv", "fs_key.json", "fs_nowhere.csv", "fs_loop_a", "fs_loop_b", "fs_up", "fs_sparse.csv", "fs_empty.csv", "fs_110105************\u001b[2J.csv"];
    }

    /// <summary>A clean file's header and rows with every year one earlier (dates too), so its replacement key is its own.</summary>
    private static (string[] Header, List<string[]> Rows) Shifted(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        string[] years = ["学年", "academic_year", "入学年份", "entry_year", "毕业年份", "graduation_year", "年份", "year"];
        string[] dates = ["调查日期", "survey_date"];
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var row in rows)
        {
            for (var c = 0; c < header.Length && c < row.Length; c++)
            {
                if (years.Contains(header[c]) && int.TryParse(row[c], CultureInfo.InvariantCulture, out var year))
                {
                    row[c] = (year - 1).ToString(CultureInfo.InvariantCulture);
                }
                else if (dates.Contains(header[c]) && row[c].Length == 10 && int.TryParse(row[c][..4], CultureInfo.InvariantCulture, out var dateYear))
                {
                    row[c] = (dateYear - 1).ToString(CultureInfo.InvariantCulture) + row[c][4..];
                }
            }
        }

        return (header, rows);
    }

    private static byte[] Csv(Random random, string[] header, List<string[]> rows)
    {
        var lines = rows.Select(r => r.ToArray()).ToList();
        var head = header.ToArray();
        var faults = 1 + random.Next(3);
        var headerGone = false;
        byte[]? poison = null;
        var cut = false;
        for (var f = 0; f < faults; f++)
        {
            var r = random.Next(lines.Count);
            var field = 1 + random.Next(Math.Max(1, head.Length - 1));
            switch (random.Next(13))
            {
                case 0: // an unquoted comma: the columns shift
                    lines[r][field] = lines[r][field] + ",张三";
                    break;
                case 1: // a quote opened and never closed
                    lines[r][field] = "\"" + lines[r][field];
                    break;
                case 2 when r + 2 < lines.Count: // a quote closed two lines later
                    lines[r][field] = "\"" + lines[r][field];
                    lines[r + 2][0] += "\"";
                    break;
                case 3:
                    lines[r][field] = new string('x', Limits.MaxFieldChars + 5);
                    break;
                case 4:
                    lines[r] = [.. lines[r], .. Enumerable.Repeat("1", Limits.MaxRecordChars / 2)];
                    break;
                case 5:
                    cut = true;
                    break;
                case 6:
                    poison = random.Next(2) == 0 ? [0xFF, 0xFE] : [0xC3];
                    break;
                case 7:
                    lines[r][0] = (random.Next(2) == 0 ? "\0" : "\uFEFF") + lines[r][0];
                    break;
                case 8:
                    lines.Insert(r, lines[r].ToArray());
                    break;
                case 9:
                    headerGone = true;
                    break;
                case 10: // two columns swapped in the header: an ID lands in a code column
                    var other = (field + 1 + random.Next(head.Length - 1)) % head.Length;
                    (head[field], head[other]) = (head[other], head[field]);
                    break;
                case 11: // a wrong check digit, another submitter, an amount too large
                    foreach (var c in Enumerable.Range(0, head.Length))
                    {
                        lines[r][c] = head[c] switch
                        {
                            "身份证号" or "citizen_id" => lines[r][c][..^1] + (lines[r][c][^1] == '1' ? "2" : "1"),
                            "增加值(亿元)" or "value_added_100m_yuan" => "123456789012345678901",
                            _ => lines[r][c],
                        };
                    }

                    lines[r][0] = lines[r][0] == "CN" ? "44" : "9999999999";
                    break;
                default: // an amount or code that is not one
                    lines[r][field] = "1e400";
                    break;
            }
        }

        var newline = random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" };
        var text = string.Join(newline, (headerGone ? [] : new[] { string.Join(',', head) }).Concat(lines.Select(l => string.Join(',', l)))) + newline;
        if (cut)
        {
            var last = text.TrimEnd('\r', '\n');
            text = last[..(last.LastIndexOf(',') - 1)];
        }

        var bytes = random.Next(4) == 0 ? _gb18030.GetBytes(text) : [.. random.Next(2) == 0 ? Encoding.UTF8.Preamble.ToArray() : [], .. Encoding.UTF8.GetBytes(text)];
        if (poison is not null)
        {
            var at = bytes.Length / 2;
            bytes = [.. bytes[..at], .. poison, .. bytes[at..]];
        }

        return bytes;
    }

    private static string Json(Random random, string[] header, List<string[]> rows, bool lines)
    {
        var objects = rows.Select(r => header.Select((h, c) => (Key: h, Value: JsonSerializer.Serialize(c < r.Length ? r[c] : string.Empty))).ToList()).ToList();
        var faults = 1 + random.Next(3);
        var truncate = false;
        for (var f = 0; f < faults; f++)
        {
            var o = objects[random.Next(objects.Count)];
            switch (random.Next(7))
            {
                case 0:
                    o.Add((header[random.Next(header.Length)], "\"again\""));
                    break;
                case 1:
                    o.AddRange(Enumerable.Range(0, Limits.MaxJsonKeys + 1).Select(k => ($"extra{k}", "1")));
                    break;
                case 2:
                    o.Add(("deep", new string('[', 20) + new string(']', 20)));
                    break;
                case 3:
                    o[random.Next(o.Count)] = (o[0].Key, JsonSerializer.Serialize(new string('x', Limits.MaxFieldChars + 5)));
                    break;
                case 4:
                    truncate = true;
                    break;
                case 5:
                    o[0] = (o[0].Key, "\"\\u0000\\ud800" + "110105194912310021\"");
                    break;
                default:
                    o.Clear();
                    o.Add(("not_an_object", "[1, 2]"));
                    break;
            }
        }

        var texts = objects.Select(o => "{" + string.Join(", ", o.Select(m => $"{JsonSerializer.Serialize(m.Key)}: {m.Value}")) + "}").ToList();
        var text = lines ? string.Join('\n', texts) + "\n" : "[\n" + string.Join(",\n", texts) + "\n]";
        return truncate ? text[..(text.Length * 2 / 3)] : text;
    }

    private static void Xlsx(Random random, string path, string[] header, List<string[]> rows)
    {
        var sheet = new List<string> { HostileFiles.Row(1, header) };
        sheet.AddRange(rows.Select((r, i) => HostileFiles.Row(i + 2, r)));
        var filler = 0L;
        IEnumerable<string>? strings = null;
        var cut = false;
        var faults = 1 + random.Next(2);
        for (var f = 0; f < faults; f++)
        {
            var r = 1 + random.Next(rows.Count);
            switch (random.Next(6))
            {
                case 0:
                    filler = 8L << 20; // expands far past the ratio
                    break;
                case 1:
                    sheet[r] = HostileFiles.Row(r + 1, [.. rows[r - 1].Take(2), new string('x', Limits.MaxFieldChars + 5)]);
                    break;
                case 2:
                    sheet[r] = HostileFiles.Row(r + 1, [.. Enumerable.Repeat("9", 16_400)]);
                    break;
                case 3:
                    strings = Enumerable.Range(0, Limits.MaxSharedStrings + 1).Select(i => "s" + i.ToString(CultureInfo.InvariantCulture));
                    break;
                case 4:
                    sheet.AddRange(Enumerable.Range(0, 3_000).Select(i => HostileFiles.Row(sheet.Count + 1 + i, "junk", "110105194912310021", "\u4e71")));
                    break;
                default:
                    cut = true;
                    break;
            }
        }

        HostileFiles.Xlsx(path, sheet, strings, filler, CompressionLevel.Fastest);
        if (cut)
        {
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        }
    }

    private static void Fifo(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
