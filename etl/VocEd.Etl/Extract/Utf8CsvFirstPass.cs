using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace VocEd.Etl.Extract;

/// <summary>
/// The first pass over a UTF-8 CSV file on its bytes, in one read: the content hash (SHA-256 of every byte, BOM
/// included), a check that the bytes are well-formed UTF-8 (what the text reader's strict decoder accepts), the header, and
/// per data row only the text of the two columns the caller asks for. Records, quotes and blank lines follow the
/// text reader exactly (<c>CsvRowReader</c>, and <see cref="CsvSubmissionReader"/>'s rule that a record of one empty
/// field is a blank line): the separators are ASCII, and no byte of a multi-byte UTF-8 character is, so splitting the
/// bytes finds the very fields that splitting the decoded text does. Nothing is decoded but the header and those two
/// fields (the text pass decoded every byte and split every character: most of the scan's time). Past the last
/// field wanted, a record is only searched for a quote that opens a field and for its end, not split.
/// <para>
/// The reading limits (<see cref="ReadLimits"/>) are the text reader's, in characters; here a record is only measured
/// in bytes (never fewer than its characters) and its quoted line ends counted (never fewer than one field's lines): a
/// record that might break a limit ends the pass without a result, and the text reader, which judges it exactly, reads
/// the file instead. No real submission comes near the limits.
/// </para>
/// </summary>
internal sealed class Utf8CsvFirstPass
{
    private static readonly SearchValues<byte> _specials = SearchValues.Create(",\"\r\n"u8);
    private static readonly SearchValues<byte> _quoteOrLineEnd = SearchValues.Create("\"\r\n"u8);

    private readonly Func<IReadOnlyList<string>, (int First, int Second)?> _columnsFor;
    private readonly Action<long, string, string> _onRow;
    private readonly List<string> _headers = [];
    private readonly long _bailBytes;
    private readonly int _bailBreaks;
    private byte[] _field = ArrayPool<byte>.Shared.Rent(256);
    private int _fieldBytes;
    private int _fieldLength;
    private int _fieldIndex;
    private int _firstFieldLength;
    private bool _inQuotes;
    private bool _pendingQuote;
    private bool _pendingCr;
    private bool _any;
    private bool _headerRead;
    private bool _done;
    private int _first = -1;
    private int _second = -1;
    private int _lastKept;
    private bool _skipping;
    private bool _skipAfterComma;
    private string _firstValue = string.Empty;
    private string _secondValue = string.Empty;
    private (byte[] Bytes, string Text) _firstCache = ([], string.Empty);
    private (byte[] Bytes, string Text) _secondCache = ([], string.Empty);
    private long _rows;

    /// <summary>The offset (after the BOM) of the block being fed, and of the current record's first byte.</summary>
    private long _blockBase;
    private long _recordStart;

    /// <summary>Line end bytes (CR or LF) inside the current record's quoted fields.</summary>
    private int _quotedBreaks;

    /// <summary>A record might break a reading limit: the text reader must read the file.</summary>
    private bool _deferred;

    private Utf8CsvFirstPass(Func<IReadOnlyList<string>, (int First, int Second)?> columnsFor, Action<long, string, string> onRow, ReadLimits limits)
    {
        _columnsFor = columnsFor;
        _onRow = onRow;
        _bailBytes = Math.Min(limits.MaxFieldChars, limits.MaxRecordChars);
        _bailBreaks = limits.MaxLinesPerField;
    }

    /// <summary>The result: content hash (lower-case hex), header fields (empty for a file without a record), data rows read.</summary>
    internal sealed record Result(string ContentHash, IReadOnlyList<string> Headers, long Rows);

    /// <summary>
    /// Reads the file. <paramref name="columnsFor"/> gets the header and names the two field positions (in file order,
    /// −1 for none) whose text each data row passes to <paramref name="onRow"/> (row number from 1, first text, second
    /// text; empty when the record is shorter), or null to read no rows (the file is hashed to its end all the same).
    /// Returns null when the bytes after the <paramref name="preambleLength"/> BOM bytes are not valid UTF-8, or when a
    /// record might break one of <paramref name="limits"/>: the caller then reads the file as text, which reports it
    /// (or falls back to GB18030), and judges the limits, exactly as the load will.
    /// </summary>
    public static Result? Run(string path, int preambleLength, Func<IReadOnlyList<string>, (int First, int Second)?> columnsFor,
        Action<long, string, string> onRow, CancellationToken ct, int bufferBytes = 64 * 1024, ReadLimits? limits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferBytes, 1);
        using var stream = SubmissionFiles.OpenRead(path, sequential: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(bufferBytes + 3); // and room for a character the last block cut
        var pass = new Utf8CsvFirstPass(columnsFor, onRow, limits ?? ReadLimits.Default);
        try
        {
            var skip = preambleLength;
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, bufferBytes)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                hash.AppendData(buffer, carried, read);

                // While BOM bytes are skipped nothing has been carried: they are the file's first.
                var skipped = Math.Min(skip, read);
                skip -= skipped;
                var data = buffer.AsSpan(skipped, carried + read - skipped);

                // A character the block ends inside waits for the next block, in front of it: the check and the
                // records see whole characters.
                var cut = CutCharacter(data);
                var whole = data[..^cut];
                if (!Utf8.IsValid(whole))
                {
                    return null;
                }

                pass.Feed(whole);
                if (pass._deferred)
                {
                    return null;
                }

                pass._blockBase += whole.Length;
                data[^cut..].CopyTo(buffer);
                carried = cut;
            }

            if (carried > 0)
            {
                return null; // the file ends inside a character
            }

            pass.End();
            if (pass._deferred)
            {
                return null;
            }

            return new Result(Convert.ToHexStringLower(hash.GetHashAndReset()), pass._headers, pass._rows);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(pass._field);
        }
    }

    /// <summary>How many bytes at the end start a character the block does not finish (0 to 3).</summary>
    private static int CutCharacter(ReadOnlySpan<byte> data)
    {
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: its first byte is further back
            }

            var needs = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needs > back ? back : 0;
        }

        return 0;
    }

    private void Feed(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i < data.Length && !_done && !_deferred)
        {
            if (_pendingCr)
            {
                // The record ended at a CR that closed the last block: a LF right after it belongs to that line end.
                _pendingCr = false;
                if (data[i] == '\n')
                {
                    i++;
                    continue;
                }
            }

            if (_pendingQuote)
            {
                // A quote inside quotes closed the last block: doubled, it is a quote character; else it closes them.
                _pendingQuote = false;
                if (data[i] == '"')
                {
                    Content("\""u8);
                    i++;
                    continue;
                }

                _inQuotes = false;
            }

            _any = true;
            var rest = data[i..];
            if (_skipping)
            {
                // Past the last field wanted: only a quote that opens a field or the record's end matters.
                var stop = rest.IndexOfAny(_quoteOrLineEnd);
                if (stop < 0)
                {
                    _skipAfterComma = rest[^1] == ',';
                    i = data.Length;
                    continue;
                }

                if (rest[stop] == '"' && !(stop > 0 ? rest[stop - 1] == ',' : _skipAfterComma))
                {
                    _skipAfterComma = false; // a quote inside a field is an ordinary character
                    i += stop + 1;
                    continue;
                }

                // A quoted field, or the record's end: the field-by-field reading below takes it from here.
                _skipping = false;
                _fieldLength = 0;
                i += stop;
                continue;
            }

            if (_inQuotes)
            {
                var quote = rest.IndexOf((byte)'"');
                if (quote < 0)
                {
                    Quoted(rest);
                    i = data.Length;
                    continue;
                }

                Quoted(rest[..quote]);
                i += quote + 1;
                if (i == data.Length)
                {
                    _pendingQuote = true;
                }
                else if (data[i] == '"')
                {
                    Content("\""u8);
                    i++;
                }
                else
                {
                    _inQuotes = false;
                }

                continue;
            }

            var at = rest.IndexOfAny(_specials);
            if (at < 0)
            {
                Content(rest);
                i = data.Length;
                continue;
            }

            var special = rest[at];
            if (special == '"' && (at > 0 || _fieldLength > 0))
            {
                Content(rest[..(at + 1)]); // a quote inside a field is an ordinary character
                i += at + 1;
                continue;
            }

            Content(rest[..at]);
            i += at + 1;
            switch (special)
            {
                case (byte)'"':
                    _inQuotes = true;
                    break;
                case (byte)',':
                    EndField();
                    if (_headerRead && _fieldIndex > _lastKept)
                    {
                        _skipping = true;
                        _skipAfterComma = true;
                    }

                    break;
                case (byte)'\r':
                    if (Defers(i))
                    {
                        return;
                    }

                    EndField();
                    EndRecord(unterminated: false);
                    if (i == data.Length)
                    {
                        _pendingCr = true;
                    }
                    else if (data[i] == '\n')
                    {
                        i++;
                    }

                    _recordStart = _blockBase + i;
                    break;
                default:
                    if (Defers(i))
                    {
                        return;
                    }

                    EndField();
                    EndRecord(unterminated: false);
                    _recordStart = _blockBase + i;
                    break;
            }
        }

        // A record still open at the block's end is measured too: an endless line defers before it is read on.
        if (!_done)
        {
            Defers(data.Length);
        }
    }

    /// <summary>Whether the current record, read up to <paramref name="end"/> of the block, might break a reading limit (then the pass stops).</summary>
    private bool Defers(int end)
    {
        if (_blockBase + end - _recordStart > _bailBytes || _quotedBreaks >= _bailBreaks)
        {
            _deferred = true;
        }

        return _deferred;
    }

    /// <summary>Content of a quoted field: its line ends are counted.</summary>
    private void Quoted(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAny((byte)'\r', (byte)'\n') >= 0)
        {
            _quotedBreaks += bytes.Count((byte)'\r') + bytes.Count((byte)'\n');
        }

        Content(bytes);
    }

    private void End()
    {
        if (_pendingQuote)
        {
            _pendingQuote = false;
            _inQuotes = false;
        }

        if (_any && !_done && !Defers(0))
        {
            EndField();
            EndRecord(unterminated: _inQuotes);
        }
    }

    private bool Keeps(int field) => !_headerRead || field == _first || field == _second;

    private void Content(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        _fieldLength += bytes.Length;
        if (!Keeps(_fieldIndex))
        {
            return;
        }

        if (_fieldBytes + bytes.Length > _field.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_field.Length * 2, _fieldBytes + bytes.Length));
            _field.AsSpan(0, _fieldBytes).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_field);
            _field = larger;
        }

        bytes.CopyTo(_field.AsSpan(_fieldBytes));
        _fieldBytes += bytes.Length;
    }

    private void EndField()
    {
        if (_fieldIndex == 0)
        {
            _firstFieldLength = _fieldLength;
        }

        if (!_headerRead)
        {
            _headers.Add(Encoding.UTF8.GetString(_field, 0, _fieldBytes));
        }
        else
        {
            if (_fieldIndex == _first)
            {
                _firstValue = Text(ref _firstCache);
            }

            if (_fieldIndex == _second)
            {
                _secondValue = _second == _first ? _firstValue : Text(ref _secondCache);
            }
        }

        _fieldIndex++;
        _fieldLength = 0;
        _fieldBytes = 0;
    }

    /// <summary>The current field's text; the same string as the last row's when the bytes are the same (they mostly are).</summary>
    private string Text(ref (byte[] Bytes, string Text) cache)
    {
        var bytes = _field.AsSpan(0, _fieldBytes);
        if (!bytes.SequenceEqual(cache.Bytes))
        {
            cache = (bytes.ToArray(), Encoding.UTF8.GetString(bytes));
        }

        return cache.Text;
    }

    private void EndRecord(bool unterminated)
    {
        _skipping = false;
        _quotedBreaks = 0;
        var blank = _fieldIndex == 1 && _firstFieldLength == 0 && !unterminated;
        _fieldIndex = 0;
        _any = false;
        if (blank)
        {
            if (!_headerRead)
            {
                _headers.Clear(); // a blank line before the header
            }

            _firstValue = _secondValue = string.Empty;
            return;
        }

        if (!_headerRead)
        {
            _headerRead = true;
            if (_columnsFor(_headers) is { } columns)
            {
                (_first, _second) = columns;
                _lastKept = Math.Max(0, Math.Max(_first, _second)); // the first field tells a blank line
            }
            else
            {
                _done = true;
            }

            return;
        }

        _rows++;
        _onRow(_rows, _firstValue, _secondValue);
        _firstValue = _secondValue = string.Empty;
    }
}
