using System.Text;
using VocEd.Etl.Extract;

namespace VocEd.Etl.Tests.Extract;

public sealed class CsvRowReaderTests
{
    [TestCase("a,b,c\n", new[] { "a|b|c" })]
    [TestCase("a,b,c", new[] { "a|b|c" })]
    [TestCase("a,b\r\nc,d\r\n", new[] { "a|b", "c|d" })]
    [TestCase("a,b\rc,d", new[] { "a|b", "c|d" })]
    [TestCase("\"x,y\",z\n", new[] { "x,y|z" })]
    [TestCase("\"say \"\"hi\"\"\",2\n", new[] { "say \"hi\"|2" })]
    [TestCase("\"two\nlines\",3\n", new[] { "two\nlines|3" })]
    [TestCase("ab\"c,d\n", new[] { "ab\"c|d" })]
    [TestCase("\"ab\"cd,e\n", new[] { "abcd|e" })]
    [TestCase(",,\n", new[] { "||" })]
    [TestCase("\n\n", new[] { "", "" })]
    [TestCase("中文,学校\n", new[] { "中文|学校" })]
    public void Reads_records_as_RFC_4180_says(string text, string[] expected)
    {
        Assert.That(ReadAll(new StringReader(text)).Select(r => string.Join('|', r)), Is.EqualTo(expected));
    }

    [Test]
    public void Fields_not_kept_come_back_empty_and_the_records_and_their_widths_are_the_same()
    {
        const string text = "a,b,c,d\n\"q,1\",\"x\ny\",3,4,5\n\n,,,\nlast,2,\"open";
        var all = ReadAll(new StringReader(text));
        using var reader = new CsvRowReader(new StringReader(text)) { KeepFields = [false, true, false] };
        var some = new List<string[]>();
        while (reader.ReadRecord() is { } record)
        {
            some.Add(record);
        }

        Assert.That(some.Select(r => r.Length), Is.EqualTo(all.Select(r => r.Length)));
        Assert.That(some.Select(r => r.ElementAtOrDefault(1)), Is.EqualTo(all.Select(r => r.ElementAtOrDefault(1))));
        Assert.That(some.SelectMany(r => r.Where((_, i) => i != 1)), Has.All.Empty);
    }

    [Test]
    public void An_open_quote_at_the_end_marks_the_record_unterminated_and_lines_are_counted()
    {
        using var reader = new CsvRowReader(new StringReader("a,b\n\"x\ny\",1\n\"open,2"));
        Assert.That(reader.ReadRecord(), Is.EqualTo(new[] { "a", "b" }));
        Assert.That((reader.RecordStartLine, reader.LastRecordUnterminated), Is.EqualTo((1L, false)));
        Assert.That(reader.ReadRecord(), Is.EqualTo(new[] { "x\ny", "1" }));
        Assert.That(reader.RecordStartLine, Is.EqualTo(2));
        Assert.That(reader.ReadRecord(), Is.EqualTo(new[] { "open,2" }));
        Assert.That((reader.RecordStartLine, reader.LastRecordUnterminated), Is.EqualTo((4L, true)));
        Assert.That(reader.ReadRecord(), Is.Null);
    }

    /// <summary>
    /// The buffered reader against a plain character-at-a-time reading of the same rules, on random text full of
    /// quotes, separators and line ends, handed over in random small pieces so records and quotes straddle refills.
    /// </summary>
    [Test]
    public void Gives_the_same_records_as_a_character_at_a_time_reading_whatever_the_chunking()
    {
        var random = new Random(20241123);
        const string alphabet = "ab,\"\r\n中 ";
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = Oracle(text);
            var actual = new List<(string, long, bool)>();
            using var reader = new CsvRowReader(new ChunkedReader(text, new Random(round)));
            while (reader.ReadRecord() is { } record)
            {
                actual.Add((string.Join('|', record), reader.RecordStartLine, reader.LastRecordUnterminated));
            }

            Assert.That(actual, Is.EqualTo(expected), () => $"text: {text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}");
        }
    }

    /// <summary>
    /// Short fields that repeat share one string (codes and years on every row of a file), and sharing never mixes up
    /// values: thousands of distinct short fields, most landing on a slot another one used, each read back as written.
    /// </summary>
    [Test]
    public void Repeated_short_fields_share_one_string_and_every_field_reads_back_as_written()
    {
        var lines = Enumerable.Range(0, 5_000).Select(i => $"2024,{i * 7919 % 100_003},{(i % 3 == 0 ? "男" : "女")},{new string('x', 13)}{i % 5}").ToList();
        using var reader = new CsvRowReader(new StringReader(string.Join('\n', lines) + "\n"));
        var records = new List<string[]>();
        while (reader.ReadFields())
        {
            records.Add([.. reader.Fields]);
        }

        Assert.That(records.Select(r => string.Join(',', r)), Is.EqualTo(lines));
        Assert.That(records[0][3], Is.Not.SameAs(records[5][3]), "a field longer than 12 characters gets its own string");

        // A file whose short values repeat (and nothing else competes for the table): one string per distinct value.
        var repeated = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"2024,{(i % 3 == 0 ? "男" : "女")},4401{i % 4:D2}\n"));
        using var again = new CsvRowReader(new StringReader(repeated));
        var rows = new List<string[]>();
        while (again.ReadRecord() is { } record)
        {
            rows.Add(record);
        }

        Assert.That(rows.Select(r => string.Join(',', r)), Is.EqualTo(repeated.TrimEnd('\n').Split('\n')));
        Assert.That(rows.Select(r => r[0]).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(1), "the year: one string for every row");
        Assert.That(rows.Select(r => r[1]).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(2), "男 and 女: one string each");
        Assert.That(rows.Select(r => r[2]).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(4), "four county codes");
    }

    [Test]
    public void Fields_is_the_record_read_last_and_read_record_copies_it()
    {
        using var reader = new CsvRowReader(new StringReader("a,b\nc\n"));
        Assert.That(reader.ReadFields(), Is.True);
        Assert.That(reader.Fields, Is.EqualTo(new[] { "a", "b" }));
        var copy = reader.ReadRecord();
        Assert.That(copy, Is.EqualTo(new[] { "c" }));
        Assert.That(reader.Fields, Is.EqualTo(new[] { "c" }));
        Assert.That(reader.ReadFields(), Is.False);
        Assert.That(reader.ReadRecord(), Is.Null);
    }

    private static List<string[]> ReadAll(TextReader text)
    {
        using var reader = new CsvRowReader(text);
        var records = new List<string[]>();
        while (reader.ReadRecord() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>The rules read one character at a time: (fields joined by |, start line, unterminated).</summary>
    private static List<(string, long, bool)> Oracle(string text)
    {
        var records = new List<(string, long, bool)>();
        var i = 0;
        long line = 1;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var inQuotes = false;
            var ended = false;
            while (i < text.Length && !ended)
            {
                var ch = text[i++];
                if (inQuotes)
                {
                    if (ch == '"' && i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (ch == '"')
                    {
                        inQuotes = false;
                    }
                    else
                    {
                        line += ch == '\n' ? 1 : 0;
                        field.Append(ch);
                    }
                }
                else if (ch == '"' && field.Length == 0)
                {
                    inQuotes = true;
                }
                else if (ch == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (ch is '\r' or '\n')
                {
                    if (ch == '\r' && i < text.Length && text[i] == '\n')
                    {
                        i++;
                    }

                    line++;
                    ended = true;
                }
                else
                {
                    field.Append(ch);
                }
            }

            fields.Add(field.ToString());
            records.Add((string.Join('|', fields), start, !ended && inQuotes));
        }

        return records;
    }

    /// <summary>A reader that hands out its text a few characters at a time.</summary>
    private sealed class ChunkedReader(string text, Random random) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, random.Next(1, 5)), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        public override int Peek() => throw new NotSupportedException();

        public override int Read() => throw new NotSupportedException();
    }
}
