using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with doubled quotes,
/// CRLF or LF line ends, quoted fields may span lines. Reads one record at a time through a buffer that holds the
/// current record (and the rest of the last block read), so memory does not grow with the file. A quote opens a quoted
/// field only as the field's first character; elsewhere it is kept as a literal character.
/// <para>
/// Limits (none by default): a field longer than <see cref="MaxFieldChars"/>, a record longer than
/// <see cref="MaxRecordChars"/>, or a quoted field spanning more than <see cref="MaxLinesPerField"/> lines makes the
/// reader give up on the record (<see cref="LastRecordFault"/>, no fields) and go on at the line after the record's
/// first line — so a quote opened and never closed costs one record, not the rest of the file.
/// </para>
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

    /// <summary>Where the current record starts in the buffer: a refill keeps it (and what follows), so a record given up on can be read again from its second line.</summary>
    private int _recordStart;
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

    /// <summary>The longest field read; a longer one gives up the record (<see cref="CsvRecordFault.FieldTooLong"/>).</summary>
    public int MaxFieldChars { get; set; } = int.MaxValue;

    /// <summary>The longest record read (its characters as written, without the line end); a longer one is given up (<see cref="CsvRecordFault.RecordTooLong"/>).</summary>
    public int MaxRecordChars { get; set; } = int.MaxValue;

    /// <summary>The most lines a quoted field may span; one spanning more is given up (<see cref="CsvRecordFault.TooManyLines"/>).</summary>
    public int MaxLinesPerField { get; set; } = int.MaxValue;

    /// <summary>True when the last record ended inside an unterminated quoted field (a truncated file).</summary>
    public bool LastRecordUnterminated { get; private set; }

    /// <summary>Why the last record was given up (its fields are then empty), or <see cref="CsvRecordFault.None"/>.</summary>
    public CsvRecordFault LastRecordFault { get; private set; }

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
        LastRecordFault = CsvRecordFault.None;
        RecordStartLine = _line;
        _recordStart = _position;
        var inQuotes = false;
        var any = false;
        var fieldLines = 1;
        while (true)
        {
            if (_position == _length)
            {
                if (_length - _recordStart > MaxRecordChars)
                {
                    return GiveUp(CsvRecordFault.RecordTooLong);
                }

                if (!Fill())
                {
                    if (!any)
                    {
                        return false;
                    }

                    LastRecordUnterminated = inQuotes;
                    return EndField(ReadOnlySpan<char>.Empty) || GiveUp(LastRecordFault);
                }
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
                        if (++fieldLines > MaxLinesPerField)
                        {
                            return GiveUp(CsvRecordFault.TooManyLines);
                        }
                    }

                    if (_field.Append(ch).Length > MaxFieldChars)
                    {
                        return GiveUp(CsvRecordFault.FieldTooLong);
                    }
                }

                continue;
            }

            // Outside quotes: take the plain characters up to the next special one in one step.
            var rest = _buffer.AsSpan(_position, _length - _position);
            var at = rest.IndexOfAny(_specials);
            if (at < 0)
            {
                if (_field.Append(rest).Length > MaxFieldChars)
                {
                    return GiveUp(CsvRecordFault.FieldTooLong);
                }

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
                    fieldLines = 1;
                    break;
                case ',':
                    if (!EndField(plain))
                    {
                        return GiveUp(LastRecordFault);
                    }

                    break;
                case '\r':
                    if (!EndField(plain))
                    {
                        return GiveUp(LastRecordFault);
                    }

                    if (Peek() == '\n')
                    {
                        _position++;
                    }

                    _line++;
                    return true;
                default: // '\n'
                    if (!EndField(plain))
                    {
                        return GiveUp(LastRecordFault);
                    }

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

    /// <summary>
    /// Ends the current field with its last plain characters (a span of the buffer: use it before refilling); false,
    /// with <see cref="LastRecordFault"/> set, when the field or the record so far is over its limit.
    /// </summary>
    private bool EndField(ReadOnlySpan<char> plain)
    {
        var length = _field.Length + plain.Length;
        if (length > MaxFieldChars || _position - _recordStart > MaxRecordChars)
        {
            LastRecordFault = length > MaxFieldChars ? CsvRecordFault.FieldTooLong : CsvRecordFault.RecordTooLong;
            return false;
        }

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

        return true;
    }

    /// <summary>
    /// Gives up the current record for <paramref name="fault"/>: no fields, and reading goes on after the first line end
    /// (CR, LF or CRLF) that follows the record's start — its characters are still in the buffer — or, when the record
    /// has not reached one yet, after the next line end of the input, skipped without being kept.
    /// </summary>
    private bool GiveUp(CsvRecordFault fault)
    {
        LastRecordFault = fault;
        LastRecordUnterminated = false;
        _fields.Clear();
        _field.Clear();
        var from = _recordStart;
        while (true)
        {
            var at = _buffer.AsSpan(from, _length - from).IndexOfAny('\r', '\n');
            if (at >= 0)
            {
                _position = from + at + 1;
                _recordStart = _position; // nothing of this record is needed any more
                if (_buffer[from + at] == '\r' && Peek() == '\n')
                {
                    _position++;
                }

                break;
            }

            _recordStart = _position = _length; // an over-long first line: skip it without keeping it
            if (!Fill())
            {
                break;
            }

            from = _position;
        }

        _line = RecordStartLine + 1;
        return true;
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

    /// <summary>
    /// Reads more input behind the current record, which moves to the front of the buffer (the buffer grows when the
    /// record fills it: the limits bound that); false at the end of input. Called only when the buffer is used up.
    /// </summary>
    private bool Fill()
    {
        var keep = _length - _recordStart;
        if (keep == _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_recordStart, keep).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (keep > 0 && _recordStart > 0)
        {
            _buffer.AsSpan(_recordStart, keep).CopyTo(_buffer);
        }

        _position -= _recordStart;
        _recordStart = 0;
        var read = _reader.Read(_buffer, keep, _buffer.Length - keep);
        _length = keep + read;
        return read > 0;
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
