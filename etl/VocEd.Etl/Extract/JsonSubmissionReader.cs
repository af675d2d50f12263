using System.Text;
using System.Text.Json;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streams a JSON submission — an array of objects, or JSON Lines (one object per line) — with
/// <see cref="Utf8JsonReader"/> over a refilled buffer, so only one object is held at a time. Values may be strings,
/// numbers (kept exactly as written), booleans or null (empty).
/// <para>
/// Bounds (<see cref="ReadLimits"/>): nesting deeper than <see cref="ReadLimits.MaxJsonDepth"/> or a token longer
/// than the buffer may grow makes the file unreadable (the JSON cannot be followed past it); an object with a key twice
/// (or two keys naming one column), with more than <see cref="ReadLimits.MaxJsonKeys"/> keys, or with a value longer
/// than <see cref="ReadLimits.MaxFieldChars"/> is a row with a problem, rejected, and reading goes on.
/// </para>
/// </summary>
internal sealed class JsonSubmissionReader : ISubmissionReader
{
    private const int _initialBufferSize = 64 * 1024;
    private const string _nestedValue = "{…}";

    private readonly Stream _stream;
    private readonly ReadLimits _limits;
    private readonly int _maxTokenBytes;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private byte[] _buffer = new byte[_initialBufferSize];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private bool _isArray;
    private bool _done;
    private JsonObject? _pending;

    // Line numbers of the objects: line ends counted up to _countedTo in the buffer; the start of the last token read.
    private long _lines;
    private int _countedTo;
    private int _lastTokenStart;

    public JsonSubmissionReader(Stream stream, ReadLimits? limits = null)
    {
        _stream = stream;
        _limits = limits ?? ReadLimits.Default;
        _maxTokenBytes = (int)Math.Min(int.MaxValue / 2, Math.Max(1L << 20, (4L * _limits.MaxFieldChars) + 1024));
        _state = new JsonReaderState(new JsonReaderOptions
        {
            AllowMultipleValues = true,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = _limits.MaxJsonDepth,
        });
        Guard(() =>
        {
            Fill();
            if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            {
                _start += 3;
            }

            Open();
            return 0;
        });
        Headers = _pending is null ? [] : [.. _pending.Fields.Select(p => p.Key)];
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, CancellationToken cancellationToken)
    {
        var width = matcher.Template.Columns.Count;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        long rowNumber = 0;
        while (Guard(NextObject) is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var values = new string[width];
            Array.Fill(values, string.Empty);
            var seen = new bool[width];
            var problem = row.Problem;
            foreach (var (key, value) in row.Fields)
            {
                if (!columns.TryGetValue(key, out var column))
                {
                    column = matcher.Match(key);
                    if (columns.Count < _limits.MaxJsonKeys * 4)
                    {
                        columns[key] = column;
                    }
                }

                if (column >= 0)
                {
                    if (seen[column])
                    {
                        problem ??= RecordProblems.DuplicateKey(); // two keys of one column: which one is meant?
                        continue;
                    }

                    seen[column] = true;
                    values[column] = value;
                }
            }

            if (problem is not null)
            {
                Array.Fill(values, string.Empty);
            }

            yield return new RawRow(rowNumber, values) { Line = row.Line, Problem = problem };
        }
    }

    public void Dispose() => _stream.Dispose();

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonException ex)
        {
            throw new SubmissionUnreadableException($"invalid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new SubmissionUnreadableException("invalid JSON text: " + ex.Message, ex);
        }
    }

    private void Open()
    {
        if (!NextToken(out var type, out _))
        {
            _done = true;
            return;
        }

        switch (type)
        {
            case JsonTokenType.StartArray:
                _isArray = true;
                _pending = NextObject();
                break;
            case JsonTokenType.StartObject:
                _pending = ReadObjectBody();
                break;
            default:
                throw new SubmissionUnreadableException("JSON submissions are an array of objects or JSON Lines (one object per line)");
        }
    }

    private JsonObject? NextObject()
    {
        if (_pending is { } pending)
        {
            _pending = null;
            return pending;
        }

        if (_done || !NextToken(out var type, out _))
        {
            _done = true;
            return null;
        }

        if (_isArray && type == JsonTokenType.EndArray)
        {
            _done = true;
            if (NextToken(out _, out _))
            {
                throw new SubmissionUnreadableException("JSON text continues after the closing ] of the array");
            }

            return null;
        }

        return type == JsonTokenType.StartObject
            ? ReadObjectBody()
            : throw new SubmissionUnreadableException($"a JSON row is a {type}, not an object");
    }

    /// <summary>The members of an object whose <c>{</c> was the last token read, and what is wrong with it (no member kept after that).</summary>
    private JsonObject ReadObjectBody()
    {
        var line = LineOfLastToken();
        var fields = new List<KeyValuePair<string, string>>();
        string? problem = null;
        var keys = 0;
        _keys.Clear();
        while (true)
        {
            if (!NextToken(out var type, out var key))
            {
                throw new SubmissionUnreadableException("the JSON text ends inside an object");
            }

            if (type == JsonTokenType.EndObject)
            {
                _keys.Clear();
                return new JsonObject(fields, problem, line);
            }

            if (!NextToken(out var valueType, out var value))
            {
                throw new SubmissionUnreadableException("the JSON text ends inside an object");
            }

            if (valueType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                SkipNested();
                value = _nestedValue;
            }

            if (problem is not null)
            {
                continue; // read to its end, kept no further
            }

            key ??= string.Empty;
            value ??= string.Empty;
            problem = ++keys > _limits.MaxJsonKeys ? RecordProblems.TooManyKeys(_limits.MaxJsonKeys)
                : !_keys.Add(key) ? RecordProblems.DuplicateKey()
                : value.Length > _limits.MaxFieldChars ? RecordProblems.FieldTooLong(_limits.MaxFieldChars)
                : null;
            fields.Add(new KeyValuePair<string, string>(key, value));
        }
    }

    /// <summary>The 1-based line on which the last token read starts.</summary>
    private long LineOfLastToken()
    {
        if (_lastTokenStart > _countedTo)
        {
            _lines += _buffer.AsSpan(_countedTo, _lastTokenStart - _countedTo).Count((byte)'\n');
            _countedTo = _lastTokenStart;
        }

        return _lines + 1;
    }

    private void SkipNested()
    {
        var depth = 1;
        while (depth > 0)
        {
            if (!NextToken(out var type, out _))
            {
                throw new SubmissionUnreadableException("the JSON text ends inside a nested value");
            }

            depth += type switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
    }

    /// <summary>Reads one token, refilling the buffer as needed; false at the end of the input.</summary>
    private bool NextToken(out JsonTokenType type, out string? text)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                _lastTokenStart = _start + (int)reader.TokenStartIndex;
                type = reader.TokenType;
                text = type switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.True => "true",
                    JsonTokenType.False => "false",
                    _ => null,
                };
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_final)
            {
                type = JsonTokenType.None;
                text = null;
                return false;
            }

            Fill();
        }
    }

    /// <summary>Moves unread bytes to the front, grows the buffer when a token fills it, and reads more.</summary>
    private void Fill()
    {
        var remaining = _end - _start;
        if (_start > _countedTo)
        {
            // The bytes before _start leave the buffer: their line ends are counted first.
            _lines += _buffer.AsSpan(_countedTo, _start - _countedTo).Count((byte)'\n');
            _countedTo = _start;
        }

        _countedTo -= _start;
        _lastTokenStart = Math.Max(0, _lastTokenStart - _start);
        if (remaining == _buffer.Length)
        {
            if (_buffer.Length >= _maxTokenBytes)
            {
                throw new SubmissionUnreadableException($"a JSON token is longer than {_maxTokenBytes} bytes");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
        }

        _start = 0;
        _end = remaining;
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        _end += read;
        _final = _end < _buffer.Length;
    }

    /// <summary>One object of the file: its members (up to its problem, if any), the problem, and the line it starts on.</summary>
    private sealed record JsonObject(List<KeyValuePair<string, string>> Fields, string? Problem, long Line);
}
