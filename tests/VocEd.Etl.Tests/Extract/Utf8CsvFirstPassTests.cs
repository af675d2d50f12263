using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Extract;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Extract;

/// <summary>
/// The byte-level first pass finds the records, fields, blank lines and quotes that the text reader finds: on
/// thousands of random texts made of separators, quotes, line ends, blanks and Chinese characters, read through
/// blocks of every size from 1 byte (so a CRLF, a doubled quote or a UTF-8 character is cut at every place), it gives
/// the text reader's header, row count and the text of two chosen fields per row.
/// </summary>
public sealed class Utf8CsvFirstPassTests
{
    private static readonly string[] _pieces = [",", ",", ",", "\"", "\"\"", "\r\n", "\n", "\r", "a", "b", "12", " ", "中", "学校", "x\"y", string.Empty];

    [Test]
    public void Random_texts_read_as_the_text_reader_reads_them()
    {
        var random = new Random(20261201);
        var deferred = 0;
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "random.csv");
        for (var text = 0; text < 3000; text++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(0, 60);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(_pieces[random.Next(_pieces.Length)]);
            }

            var content = builder.ToString();
            var bom = random.Next(4) == 0;
            File.WriteAllBytes(path, [.. bom ? Encoding.UTF8.Preamble.ToArray() : [], .. Encoding.UTF8.GetBytes(content)]);
            var (first, second) = (random.Next(-1, 3), random.Next(0, 4));
            var expected = Reference(content, first, second);
            foreach (var block in new[] { 1, 2, 3, 5, 64 * 1024 })
            {
                var rows = new List<string>();
                var result = Utf8CsvFirstPass.Run(path, bom ? 3 : 0, _ => (first, second), (n, a, b) => rows.Add($"{n}|{a}|{b}"), CancellationToken.None, block);
                if (result is null)
                {
                    // The byte pass leaves a record that might break a limit to the text reader: only where quoted line
                    // ends pile up (the texts are too short for the length limits).
                    Assert.That(content.Count(c => c is '\r' or '\n'), Is.GreaterThanOrEqualTo(ReadLimits.Default.MaxLinesPerField), $"deferred without cause: «{content.ReplaceLineEndings("⏎")}»");
                    deferred++;
                    continue;
                }

                Assert.That((result!.Headers, result.Rows, rows), Is.EqualTo(expected), $"block {block}, text «{content.ReplaceLineEndings("⏎")}», fields {first} and {second}");
                Assert.That(result.ContentHash, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
            }
        }

        Assert.That(deferred, Is.InRange(1, 3000 * 5 / 4), "most texts are read on their bytes, a few are deferred");
    }

    /// <summary>
    /// With limits lowered so that the random texts break them, the byte pass either gives the text reader's result —
    /// which gave up the records over a limit and read on at their second line — or defers to it; never another one.
    /// </summary>
    [Test]
    public void Under_low_limits_the_byte_pass_gives_the_text_readers_result_or_defers_to_it()
    {
        var random = new Random(20261207);
        var limits = new ReadLimits { MaxFieldChars = 12, MaxRecordChars = 30, MaxLinesPerField = 2 };
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "random.csv");
        var (same, deferred, faults) = (0, 0, 0);
        for (var text = 0; text < 2000; text++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(0, 60);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(_pieces[random.Next(_pieces.Length)]);
            }

            var content = builder.ToString();
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
            var (first, second) = (random.Next(-1, 3), random.Next(0, 4));
            var expected = Reference(content, first, second, limits);
            faults += expected.Faults;
            foreach (var block in new[] { 1, 3, 64 * 1024 })
            {
                var rows = new List<string>();
                var result = Utf8CsvFirstPass.Run(path, 0, _ => (first, second), (n, a, b) => rows.Add($"{n}|{a}|{b}"), CancellationToken.None, block, limits);
                if (result is null)
                {
                    deferred++;
                    continue;
                }

                same++;
                Assert.That(expected.Faults, Is.Zero, $"a record over a limit was not deferred: «{content.ReplaceLineEndings("⏎")}»");
                Assert.That((result.Headers, result.Rows, rows), Is.EqualTo((expected.Headers, expected.Rows, expected.Values)), $"block {block}, text «{content.ReplaceLineEndings("⏎")}»");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.GreaterThan(100), "texts read on their bytes");
            Assert.That(deferred, Is.GreaterThan(100), "texts deferred to the text reader");
            Assert.That(faults, Is.GreaterThan(100), "records over a limit");
        });
    }

    /// <summary>The text reader over limits: every record it gave up on is one row (its fields empty), and nothing is lost after it.</summary>
    [Test]
    public void The_text_reader_gives_up_an_open_quote_after_its_lines_and_reads_on_at_the_records_second_line()
    {
        const string text = "a,b\n1,\"open\n2,x\n3,y\n4,z\n5,w\n6,v\n";
        using var reader = new CsvRowReader(new StringReader(text)) { MaxLinesPerField = 3 };
        var records = new List<string>();
        while (reader.ReadFields())
        {
            records.Add($"{reader.RecordStartLine}:{reader.LastRecordFault}:{string.Join('|', reader.Fields)}");
        }

        Assert.That(records, Is.EqualTo(new[]
        {
            "1:None:a|b", "2:TooManyLines:", "3:None:2|x", "4:None:3|y", "5:None:4|z", "6:None:5|w", "7:None:6|v",
        }));
    }

    [Test]
    public void No_rows_are_read_when_the_header_names_no_columns_and_a_file_without_records_has_no_header()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "f.csv");
        File.WriteAllText(path, "\r\n\r\na,b\r\n1,2\r\n");
        var called = 0;
        var result = Utf8CsvFirstPass.Run(path, 0, _ => null, (_, _, _) => called++, CancellationToken.None);
        Assert.That((result!.Headers, result.Rows, called), Is.EqualTo((new[] { "a", "b" }, 0L, 0)));
        File.WriteAllText(path, "\n\n");
        Assert.That(Utf8CsvFirstPass.Run(path, 0, _ => (0, 1), (_, _, _) => called++, CancellationToken.None)!.Headers, Is.Empty);
    }

    [Test]
    public void Bytes_that_are_not_UTF8_give_no_result_wherever_they_are()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "gb.csv");
        var gb18030 = CodePagesEncoding().GetBytes("学校标识码,学年\r\n4401000001,2024\r\n");
        foreach (var block in new[] { 1, 2, 3, 4, 5, 64 * 1024 })
        {
            File.WriteAllBytes(path, [.. "code,year\r\n"u8.ToArray(), .. gb18030]);
            Assert.That(Utf8CsvFirstPass.Run(path, 0, _ => (0, 1), (_, _, _) => { }, CancellationToken.None, block), Is.Null, $"GB18030, block {block}");
            File.WriteAllBytes(path, [.. "code,year\r\n1,2\r\n"u8.ToArray(), 0xE4, 0xB8]); // a character cut off by the end of the file
            Assert.That(Utf8CsvFirstPass.Run(path, 0, _ => (0, 1), (_, _, _) => { }, CancellationToken.None, block), Is.Null, $"cut character, block {block}");
            File.WriteAllBytes(path, [.. "code,year\r\n1,"u8.ToArray(), 0xB8, .. "2\r\n"u8.ToArray()]); // a lone continuation byte
            Assert.That(Utf8CsvFirstPass.Run(path, 0, _ => (0, 1), (_, _, _) => { }, CancellationToken.None, block), Is.Null, $"lone continuation byte, block {block}");
            File.WriteAllBytes(path, [.. "code,year\r\n1,"u8.ToArray(), 0xF0, 0x9F, 0x98, 0x80, .. "\r\n"u8.ToArray()]); // a 4-byte character is fine
            Assert.That(Utf8CsvFirstPass.Run(path, 0, _ => (0, 1), (_, _, _) => { }, CancellationToken.None, block)?.Rows, Is.EqualTo(1), $"4-byte character, block {block}");
        }
    }

    /// <summary>The text reader's view: the first non-blank record is the header, every later non-blank record a row.</summary>
    private static (List<string> Headers, long Rows, List<string> Values) Reference(string content, int first, int second)
    {
        var (headers, rows, values, _) = Reference(content, first, second, ReadLimits.Default);
        return (headers, rows, values);
    }

    /// <summary>As above under <paramref name="limits"/>; a record given up is a row with empty fields, and they are counted.</summary>
    private static (List<string> Headers, long Rows, List<string> Values, int Faults) Reference(string content, int first, int second, ReadLimits limits)
    {
        using var reader = new CsvRowReader(new StringReader(content))
        {
            MaxFieldChars = limits.MaxFieldChars,
            MaxRecordChars = limits.MaxRecordChars,
            MaxLinesPerField = limits.MaxLinesPerField,
        };
        List<string>? headers = null;
        var rows = new List<string>();
        var faults = 0;
        while (reader.ReadRecord() is { } record)
        {
            faults += reader.LastRecordFault == CsvRecordFault.None ? 0 : 1;
            if (record.Length == 1 && record[0].Length == 0 && !reader.LastRecordUnterminated)
            {
                continue;
            }

            if (headers is null)
            {
                headers = [.. record];
                continue;
            }

            rows.Add($"{rows.Count + 1}|{Field(record, first)}|{Field(record, second)}");
        }

        return (headers ?? [], rows.Count, rows, faults);

        static string Field(string[] record, int index) => index >= 0 && index < record.Length ? record[index] : string.Empty;
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
