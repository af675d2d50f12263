using System.Text;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;
using VocEd.Etl.Extract;
using VocEd.Etl.Templates;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The ETL's two CSV paths against Sep and Sylvan.Data.Csv on the same files. The first pass: the content hash, a
/// UTF-8 check and the text of the two identity columns (submitter, year) per row — <c>Utf8CsvFirstPass</c> on the
/// bytes in one read, the libraries on text decoded from a stream that hashes and checks the bytes as they are read.
/// The reader: every field of every record as a string — <c>CsvRowReader</c> (which shares the strings of repeated
/// short fields), Sep and Sylvan with their default strings and with their string pools. Every reader reads through
/// the same strict UTF-8 StreamReader the ETL's reader uses, so the comparison is of the parsing and the strings.
/// </summary>
internal sealed class CsvComparison(IReadOnlyList<string> files)
{
    private static readonly Encoding _strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding _lenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly SepReaderOptions _sep = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });
    private static readonly SepReaderOptions _sepPooled = _sep with { CreateToString = SepToString.PoolPerCol() };

    private readonly int[] _preambles = [.. files.Select(Preamble)];

    public IReadOnlyList<Variant> FirstPassVariants() =>
    [
        new("Utf8CsvFirstPass (ours)", () => Alternation.Time(() => Digest(FirstPassOurs))),
        new("Sep 0.18.0", () => Alternation.Time(() => Digest(FirstPassSep))),
        new("Sylvan.Data.Csv 1.4.4", () => Alternation.Time(() => Digest(FirstPassSylvan))),
    ];

    public IReadOnlyList<Variant> ReaderVariants(bool full) =>
    [
        new("CsvRowReader (ours)", () => Alternation.Time(() => Digest(d => ReadOurs(d), full))),
        new("Sep, strings", () => Alternation.Time(() => Digest(d => ReadSep(d, _sep), full))),
        new("Sep, PoolPerCol strings", () => Alternation.Time(() => Digest(d => ReadSep(d, _sepPooled), full))),
        new("Sylvan, strings", () => Alternation.Time(() => Digest(d => ReadSylvan(d, null), full))),
        new("Sylvan, recent-strings factory", () => Alternation.Time(() => Digest(d => ReadSylvan(d, new RecentStrings()), full))),
    ];

    private static (long Units, string Digest) Digest(Action<FieldDigest> read, bool full = false)
    {
        var digest = new FieldDigest(full);
        read(digest);
        return (digest.Records, digest.ToString());
    }

    private void FirstPassOurs(FieldDigest digest)
    {
        for (var f = 0; f < files.Count; f++)
        {
            var result = Utf8CsvFirstPass.Run(files[f], _preambles[f], IdentityColumns, (_, first, second) => digest.Identity(first, second), CancellationToken.None)
                ?? throw new InvalidOperationException($"{files[f]}: not valid UTF-8");
            digest.Extra(result.ContentHash);
        }
    }

    private void FirstPassSep(FieldDigest digest)
    {
        foreach (var file in files)
        {
            using var stream = new HashingUtf8Stream(Open(file));
            using (var text = new StreamReader(stream, _lenientUtf8, detectEncodingFromByteOrderMarks: true, CsvSubmissionReader.BufferSize, leaveOpen: true))
            using (var reader = _sep.From(text))
            {
                (int First, int Second)? columns = null;
                var headerRead = false;
                var (firstCache, secondCache) = (string.Empty, string.Empty);
                foreach (var row in reader)
                {
                    if (row.ColCount == 1 && row[0].Span.IsEmpty)
                    {
                        continue; // a blank line
                    }

                    if (!headerRead)
                    {
                        headerRead = true;
                        var headers = new string[row.ColCount];
                        for (var i = 0; i < headers.Length; i++)
                        {
                            headers[i] = row[i].ToString();
                        }

                        columns = IdentityColumns(headers);
                        if (columns is null)
                        {
                            break;
                        }

                        continue;
                    }

                    var (first, second) = columns!.Value;
                    digest.Identity(
                        first >= 0 && first < row.ColCount ? Cached(row[first].Span, ref firstCache) : string.Empty,
                        second >= 0 && second < row.ColCount ? Cached(row[second].Span, ref secondCache) : string.Empty);
                }
            }

            stream.CopyTo(Stream.Null); // an unknown kind stops early; the hash still needs every byte
            var (hash, valid) = stream.Finish();
            digest.Extra(valid ? hash : throw new InvalidOperationException($"{file}: not valid UTF-8"));
        }
    }

    private void FirstPassSylvan(FieldDigest digest)
    {
        foreach (var file in files)
        {
            using var stream = new HashingUtf8Stream(Open(file));
            using (var text = new StreamReader(stream, _lenientUtf8, detectEncodingFromByteOrderMarks: true, CsvSubmissionReader.BufferSize, leaveOpen: true))
            using (var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' }))
            {
                (int First, int Second)? columns = null;
                var headerRead = false;
                var (firstCache, secondCache) = (string.Empty, string.Empty);
                while (reader.Read())
                {
                    var count = reader.RowFieldCount;
                    if (count == 1 && reader.GetFieldSpan(0).IsEmpty)
                    {
                        continue;
                    }

                    if (!headerRead)
                    {
                        headerRead = true;
                        var headers = new string[count];
                        for (var i = 0; i < count; i++)
                        {
                            headers[i] = reader.GetString(i);
                        }

                        columns = IdentityColumns(headers);
                        if (columns is null)
                        {
                            break;
                        }

                        continue;
                    }

                    var (first, second) = columns!.Value;
                    digest.Identity(
                        first >= 0 && first < count ? Cached(reader.GetFieldSpan(first), ref firstCache) : string.Empty,
                        second >= 0 && second < count ? Cached(reader.GetFieldSpan(second), ref secondCache) : string.Empty);
                }
            }

            stream.CopyTo(Stream.Null);
            var (hash, valid) = stream.Finish();
            digest.Extra(valid ? hash : throw new InvalidOperationException($"{file}: not valid UTF-8"));
        }
    }

    private void ReadOurs(FieldDigest digest)
    {
        foreach (var file in files)
        {
            using var reader = new CsvRowReader(Text(file));
            while (reader.ReadFields())
            {
                var fields = reader.Fields;
                if (fields.Count == 1 && fields[0].Length == 0 && !reader.LastRecordUnterminated)
                {
                    continue;
                }

                digest.Record();
                for (var i = 0; i < fields.Count; i++)
                {
                    digest.Field(fields[i]);
                }
            }
        }
    }

    private void ReadSep(FieldDigest digest, SepReaderOptions options)
    {
        foreach (var file in files)
        {
            using var reader = options.From(Text(file));
            foreach (var row in reader)
            {
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                digest.Record();
                for (var i = 0; i < row.ColCount; i++)
                {
                    digest.Field(row[i].ToString());
                }
            }
        }
    }

    private void ReadSylvan(FieldDigest digest, RecentStrings? recent)
    {
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' };
        if (recent is not null)
        {
            options.StringFactory = recent.Get;
        }

        foreach (var file in files)
        {
            using var reader = CsvDataReader.Create(Text(file), options);
            while (reader.Read())
            {
                var count = reader.RowFieldCount;
                if (count == 1 && reader.GetFieldSpan(0).IsEmpty)
                {
                    continue;
                }

                digest.Record();
                for (var i = 0; i < count; i++)
                {
                    digest.Field(reader.GetString(i));
                }
            }
        }
    }

    /// <summary>The positions of the submitter and year columns, as the scanner finds them; null for a header of no known kind.</summary>
    private static (int First, int Second)? IdentityColumns(IReadOnlyList<string> headers)
    {
        if (KindDetector.Detect(headers).Template is not { } template)
        {
            return null;
        }

        var map = HeaderMatcher.For(template.Kind).Map(headers);
        return (Array.IndexOf(map, template.SubmitterIndex), Array.IndexOf(map, template.YearIndex));
    }

    /// <summary>The text of a field, the same string as the last row's when the characters are the same (as the first pass keeps it).</summary>
    private static string Cached(ReadOnlySpan<char> text, ref string cache)
    {
        if (!text.SequenceEqual(cache))
        {
            cache = new string(text);
        }

        return cache;
    }

    private static FileStream Open(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);

    /// <summary>The file as the ETL's reader gets it: strict UTF-8, the BOM skipped, decoded 16 KiB at a time.</summary>
    private static StreamReader Text(string file) =>
        new(Open(file), _strictUtf8, detectEncodingFromByteOrderMarks: true, CsvSubmissionReader.BufferSize);

    private static int Preamble(string file)
    {
        using var stream = File.OpenRead(file);
        return TextEncodingDetector.Detect(stream).PreambleLength;
    }
}
