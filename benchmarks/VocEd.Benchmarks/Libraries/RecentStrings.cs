using System.Numerics;
using System.Runtime.InteropServices;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The ETL reader's table of recent short fields as a string factory a library can be given (Sylvan's
/// <c>StringFactory</c>): a field of up to 12 characters seen in the last few hundred distinct ones comes back as the
/// same string instance, which validation's remembered readings rely on; longer fields are new strings.
/// </summary>
internal sealed class RecentStrings
{
    private const int _bits = 9;
    private const int _maxLength = 12;
    private readonly string?[] _slots = new string?[1 << _bits];

    public string Get(char[] buffer, int offset, int length) => Get(buffer.AsSpan(offset, length));

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > _maxLength)
        {
            return new string(text);
        }

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
        ref var slot = ref _slots[(int)(hash >> (64 - _bits))];
        if (slot is { } seen && text.SequenceEqual(seen))
        {
            return seen;
        }

        return slot = new string(text);
    }
}
