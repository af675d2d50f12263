using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with doubled quotes,
/// CRLF or LF line ends, quoted fields may span lines. Reads one record at a time through a fixed
/// buffer, so memory does not grow with the file. A quote opens a quoted field only as the field's
/// first character; elsewhere it is kept as a literal character.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private const int _bufferChars = 32 * 1024;
    private static readonly SearchValues<char> _specials = SearchValues.Create(",\"\r\n");
    private readonly TextReader _reader;
    private readonly bool _ownsReader;
    private readonly StringBuilder _field = new();
    private const int _recentBits = 9;
    private const int _recentSlots = 1 << _recentBits;
    private const int _recentMaxLength = 12;
    private readonly List<string> _fields = [];
    private readonly string?[] _recent = new string?[_recentSlots];
    private char[] _buffer = ArrayPool<char>.Shared.Rent(_bufferChars); // back to the pool on dispose
    private int _position;
    private int _length;
    private long _line = 1;

    public CsvRowReader(TextReader reader, bool ownsReader = true)
    {
        _reader = reader;
        _ownsReader = ownsReader;
    }

    /// <summary>The 1-based physical line on which the last record returned started.</summary>
    public long RecordStartLine { get; private set; }

    /// <summary>
    /// Which fields (by position) get their text; the others, and any beyond the array, come back as empty strings
    /// (for a pass that needs a few columns: no string is built for the rest). Null: every field.
    /// </summary>
#pragma warning disable CA1819 // A mask the caller sets once; copying it per record would defeat its purpose.
    public bool[]? KeepFields { get; set; }
#pragma warning restore CA1819

    /// <summary>True when the last record ended inside an unterminated quoted field (a truncated file).</summary>
    public bool LastRecordUnterminated { get; private set; }

    /// <summary>Reads the next record, or returns null at the end of input.</summary>
    public string[]? ReadRecord() => ReadFields() ? [.. _fields] : null;

    /// <summary>
    /// The fields of the record <see cref="ReadFields"/> read last: a view of the reader's own list, valid until the
    /// next read (for a caller that copies the fields out anyway, no array is made per record).
    /// </summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Reads the next record into <see cref="Fields"/>; false at the end of input.</summary>
    public bool ReadFields()
    {
        _fields.Clear();
        _field.Clear();
        LastRecordUnterminated = false;
        RecordStartLine = _line;
        var inQuotes = false;
        var any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (!any)
                {
                    return false;
                }

                LastRecordUnterminated = inQuotes;
                _fields.Add(Keeps(_fields.Count) ? _field.ToString() : string.Empty);
                return true;
            }

            any = true;
            if (inQuotes)
            {
                var ch = _buffer[_position++];
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        _position++;
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

            // Outside quotes: take the plain characters up to the next special one in one step.
            var rest = _buffer.AsSpan(_position, _length - _position);
            var at = rest.IndexOfAny(_specials);
            if (at < 0)
            {
                _field.Append(rest);
                _position = _length;
                continue;
            }

            var special = rest[at];
            if (special == '"' && (at > 0 || _field.Length > 0))
            {
                // A quote inside a field is an ordinary character.
                _field.Append(rest[..(at + 1)]);
                _position += at + 1;
                continue;
            }

            var plain = rest[..at];
            _position += at + 1;
            switch (special)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    EndField(plain);
                    break;
                case '\r':
                    EndField(plain);
                    if (Peek() == '\n')
                    {
                        _position++;
                    }

                    _line++;
                    return true;
                default: // '\n'
                    EndField(plain);
                    _line++;
                    return true;
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

    /// <summary>Ends the current field with its last plain characters (a span of the buffer: use it before refilling).</summary>
    private void EndField(ReadOnlySpan<char> plain)
    {
        if (!Keeps(_fields.Count))
        {
            _fields.Add(string.Empty);
            _field.Clear();
        }
        else if (_field.Length == 0)
        {
            _fields.Add(plain.Length == 0 ? string.Empty : plain.Length <= _recentMaxLength ? Recent(plain) : new string(plain));
        }
        else
        {
            _field.Append(plain);
            _fields.Add(_field.ToString());
            _field.Clear();
        }
    }

    /// <summary>
    /// The string of a short field, shared with an earlier field of the same text when one is still in the small
    /// table of recent ones (codes, years, value-list words repeat on every row of a file: no new string for them).
    /// </summary>
    private string Recent(ReadOnlySpan<char> text)
    {
        // The hash reads the first and the last four characters (all of a field up to eight): cheap, and codes that
        // differ only in their middle merely compete for a slot.
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = bytes.Length >= 8
            ? MemoryMarshal.Read<ulong>(bytes) ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(bytes[^8..]), 29)
            : text.Length switch
            {
                1 => text[0],
                2 => MemoryMarshal.Read<uint>(bytes),
                _ => MemoryMarshal.Read<uint>(bytes) ^ ((ulong)text[2] << 32),
            };
        hash = (hash ^ (ulong)text.Length) * 0x9E3779B97F4A7C15ul;
        ref var slot = ref _recent[(int)(hash >> (64 - _recentBits))];
        if (slot is { } seen && text.SequenceEqual(seen))
        {
            return seen;
        }

        return slot = new string(text);
    }

    private bool Keeps(int field) => KeepFields is not { } keep || (field < keep.Length && keep[field]);

    /// <summary>The next character without consuming it, or -1 at the end of input.</summary>
    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        _position = 0;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _position = _length = 0;
        }

        if (_ownsReader)
        {
            _reader.Dispose();
        }
    }
}
