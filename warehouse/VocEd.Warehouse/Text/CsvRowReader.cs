using System.Text;

namespace VocEd.Warehouse.Text;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with doubled quotes,
/// CRLF or LF line ends, quoted fields may span lines. Reads one record at a time, so memory
/// does not grow with the file.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _ownsReader;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    public CsvRowReader(TextReader reader, bool ownsReader = true)
    {
        _reader = reader;
        _ownsReader = ownsReader;
    }

    /// <summary>The 1-based physical line on which the last record returned started.</summary>
    public long RecordStartLine { get; private set; }

    /// <summary>True when the last record ended inside an unterminated quoted field (a truncated file).</summary>
    public bool LastRecordUnterminated { get; private set; }

    /// <summary>Reads the next record, or returns null at the end of input.</summary>
    public string[]? ReadRecord()
    {
        var fields = new List<string>();
        _field.Clear();
        LastRecordUnterminated = false;
        RecordStartLine = _line;
        var inQuotes = false;
        var any = false;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                if (!any)
                {
                    return null;
                }

                LastRecordUnterminated = inQuotes;
                fields.Add(_field.ToString());
                return [.. fields];
            }

            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    _field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when _field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r':
                    if (_reader.Peek() == '\n')
                    {
                        _reader.Read();
                    }

                    _line++;
                    fields.Add(_field.ToString());
                    return [.. fields];
                case '\n':
                    _line++;
                    fields.Add(_field.ToString());
                    return [.. fields];
                default:
                    _field.Append(ch);
                    break;
            }
        }
    }

    /// <summary>Reads every record of a small file (reference data); use <see cref="ReadRecord"/> to stream.</summary>
    public static IEnumerable<string[]> ReadAll(string path)
    {
        using var reader = new CsvRowReader(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
        while (reader.ReadRecord() is { } record)
        {
            if (record.Length == 1 && record[0].Length == 0)
            {
                continue;
            }

            yield return record;
        }
    }

    public void Dispose()
    {
        if (_ownsReader)
        {
            _reader.Dispose();
        }
    }
}
