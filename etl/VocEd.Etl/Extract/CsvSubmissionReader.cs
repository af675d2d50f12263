using System.Text;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streams a CSV submission (RFC 4180) in a detected encoding. Blank lines are skipped and not counted; a record
/// with fewer fields than the header, or ending inside an open quote, is marked truncated; a record with more
/// fields than the header, or over the <see cref="ReadLimits"/> (a field, the record, the lines of a quoted
/// field), is a row with a problem — each counts as one row read, and reading goes on (after a record over a limit,
/// at the line after its first). A header over the limits makes the file unreadable.
/// </summary>
internal sealed class CsvSubmissionReader : ISubmissionReader
{
    /// <summary>
    /// Bytes the text reader decodes at a time. Small enough that its char buffer stays off the large object heap:
    /// three opens per file (kind, scan, load) of 64 KiB readers allocated ≈ 1 GiB there per province run and drove
    /// gen2 collections.
    /// </summary>
    internal const int BufferSize = 16 * 1024;

    private readonly CsvRowReader _csv;
    private readonly ReadLimits _limits;
    private readonly string[] _headers;

    public CsvSubmissionReader(Stream stream, DetectedEncoding encoding, ReadLimits? limits = null)
    {
        _limits = limits ?? ReadLimits.Default;
        stream.Seek(encoding.PreambleLength, SeekOrigin.Current);
        var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: false);
        _csv = new CsvRowReader(text)
        {
            MaxFieldChars = _limits.MaxFieldChars,
            MaxRecordChars = _limits.MaxRecordChars,
            MaxLinesPerField = _limits.MaxLinesPerField,
        };
        if (!NextRecord())
        {
            _headers = [];
            return;
        }

        if (_csv.LastRecordFault != CsvRecordFault.None)
        {
            throw new SubmissionUnreadableException($"the header (line {_csv.RecordStartLine}) cannot be read: {_csv.LastRecordFault}");
        }

        _headers = [.. _csv.Fields];
    }

    public IReadOnlyList<string> Headers => _headers;

    public IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, CancellationToken cancellationToken) => ReadRows(matcher, null, cancellationToken);

    /// <summary>
    /// The rows with only <paramref name="columns"/> (template positions) given their text: the other fields are
    /// parsed but not copied out (the first field always is, so a blank line is still told from a one-field row), and
    /// one values array serves every row (valid until the next). Without <paramref name="columns"/>, every template
    /// column but the dropped personal ones (<see cref="PersonalDataMasker.IsDropped"/>: a name becomes text only as
    /// a record's first field, and is masked as before), in a new array per row.
    /// </summary>
    public IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, IReadOnlySet<int>? columns, CancellationToken cancellationToken)
    {
        var map = matcher.Map(_headers);
        var template = matcher.Template;
        _csv.KeepFields = [.. map.Select((column, field) => field == 0
            || (column >= 0 && (columns?.Contains(column) ?? !PersonalDataMasker.IsDropped(template.Columns[column].Name))))];
        var width = template.Columns.Count;
        long rowNumber = 0;
        string[]? shared = null;
        while (NextRecord())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var record = _csv.Fields;
            var values = columns is null ? new string[width] : shared ??= new string[width];

            Array.Fill(values, string.Empty);
            if (_csv.LastRecordFault != CsvRecordFault.None)
            {
                yield return new RawRow(rowNumber, values) { Line = _csv.RecordStartLine, Problem = RecordProblems.Of(_csv.LastRecordFault, _limits) };
                continue;
            }

            var fields = Math.Min(record.Count, map.Length);
            for (var i = 0; i < fields; i++)
            {
                if (map[i] >= 0)
                {
                    values[map[i]] = record[i];
                }
            }

            // More fields than the header: the columns have shifted (an unquoted comma in a name), whatever they hold.
            var problem = record.Count > _headers.Length ? RecordProblems.MoreFields(record.Count, _headers.Length) : null;
            var truncated = record.Count < _headers.Length || _csv.LastRecordUnterminated;
            yield return new RawRow(rowNumber, values, numeric: null, truncated) { Line = _csv.RecordStartLine, Problem = problem };
        }
    }

    public void Dispose() => _csv.Dispose();

    /// <summary>Reads the next non-blank record into the reader's fields; false at the end.</summary>
    private bool NextRecord()
    {
        try
        {
            while (_csv.ReadFields())
            {
                var record = _csv.Fields;
                if (record.Count == 1 && record[0].Length == 0 && !_csv.LastRecordUnterminated)
                {
                    continue;
                }

                return true;
            }

            return false;
        }
        catch (DecoderFallbackException ex)
        {
            throw new SubmissionUnreadableException($"undecodable bytes at byte {ex.Index} of a read block: the file is not valid UTF-8 or GB18030", ex);
        }
    }
}
