using System.Globalization;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// What a reader produced, cheap enough to keep in the timed loop: records, fields, characters, and a fold of the
/// text of identity values where they change from one row to the next (or, with <see cref="Full"/>, of every field's
/// text — for the untimed check that the readers agree character for character).
/// </summary>
internal sealed class FieldDigest(bool full)
{
    private long _records;
    private long _fields;
    private long _chars;
    private ulong _fold;
    private string _previousFirst = string.Empty;
    private string _previousSecond = string.Empty;

    public bool Full { get; } = full;

    public long Records => _records;

    public void Record() => _records++;

    public void Field(ReadOnlySpan<char> text)
    {
        _fields++;
        _chars += text.Length;
        if (Full)
        {
            _fold = (_fold * 0x100000001B3ul) ^ (ulong)string.GetHashCode(text, StringComparison.Ordinal) ^ (ulong)_fields;
        }
    }

    /// <summary>A first-pass row: its two identity values, folded in only where they differ from the last row's.</summary>
    public void Identity(string first, string second)
    {
        _records++;
        _chars += first.Length + second.Length;
        if (!string.Equals(first, _previousFirst, StringComparison.Ordinal))
        {
            _fold = (_fold * 0x100000001B3ul) ^ (ulong)string.GetHashCode(first, StringComparison.Ordinal) ^ (ulong)_records;
            _previousFirst = first;
        }

        if (!string.Equals(second, _previousSecond, StringComparison.Ordinal))
        {
            _fold = (_fold * 0x100000001B3ul) ^ (ulong)string.GetHashCode(second, StringComparison.Ordinal) ^ ((ulong)_records << 1);
            _previousSecond = second;
        }
    }

    /// <summary>Folds in a file's own result (its content hash, or its header).</summary>
    public void Extra(string text) => _fold = (_fold * 0x100000001B3ul) ^ (ulong)string.GetHashCode(text, StringComparison.Ordinal);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_records} records, {_fields} fields, {_chars} chars, fold {_fold:x16}");
}
