using System.Text;
using System.Text.Json;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streams a JSON submission — an array of objects, or JSON Lines (one object per line) — with
/// <see cref="Utf8JsonReader"/> over a refilled buffer, so only one object is held at a time. Values may be strings,
/// numbers (kept exactly as written), booleans or null (empty).
/// </summary>
internal sealed class JsonSubmissionReader : ISubmissionReader
{
    private const int _initialBufferSize = 64 * 1024;
    private const int _maxTokenBytes = 16 * 1024 * 1024;
    private const string _nestedValue = "{…}";

    private readonly Stream _stream;
    private byte[] _buffer = new byte[_initialBufferSize];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private bool _isArray;
    private bool _done;
    private List<KeyValuePair<string, string>>? _pending;

    public JsonSubmissionReader(Stream stream)
    {
        _stream = stream;
        _state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
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
        Headers = _pending is null ? [] : [.. _pending.Select(p => p.Key)];
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, CancellationToken cancellationToken)
    {
        var width = matcher.Template.Columns.Count;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        long rowNumber = 0;
        while (Guard(NextObject) is { } fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var values = new string[width];
            Array.Fill(values, string.Empty);
            var seen = new bool[width];
            foreach (var (key, value) in fields)
            {
                if (!columns.TryGetValue(key, out var column))
                {
                    column = matcher.Match(key);
                    columns[key] = column;
                }

                if (column >= 0 && !seen[column])
                {
                    seen[column] = true;
                    values[column] = value;
                }
            }

            yield return new RawRow(rowNumber, values);
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

    private List<KeyValuePair<string, string>>? NextObject()
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

    private List<KeyValuePair<string, string>> ReadObjectBody()
    {
        var fields = new List<KeyValuePair<string, string>>();
        while (true)
        {
            if (!NextToken(out var type, out var key))
            {
                throw new SubmissionUnreadableException("the JSON text ends inside an object");
            }

            if (type == JsonTokenType.EndObject)
            {
                return fields;
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

            fields.Add(new KeyValuePair<string, string>(key ?? string.Empty, value ?? string.Empty));
        }
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
}
