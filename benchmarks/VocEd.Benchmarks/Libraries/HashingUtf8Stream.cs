using System.Security.Cryptography;
using System.Text.Unicode;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// A read-only stream over a file that, as a CSV library reads it, hashes every byte (SHA-256) and checks that the
/// bytes are well-formed UTF-8 — the two things the ETL's first pass does in the same read besides finding records —
/// so that a library's first pass does the same job as <c>Utf8CsvFirstPass</c>. A character that one read cuts waits
/// for the next read's bytes before it is checked.
/// </summary>
internal sealed class HashingUtf8Stream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _pending = new byte[4];
    private int _pendingCount;
    private bool _invalid;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The content hash (lower-case hex) and whether every byte read was well-formed UTF-8; call once, at the end.</summary>
    public (string ContentHash, bool ValidUtf8) Finish() =>
        (Convert.ToHexStringLower(_hash.GetHashAndReset()), !_invalid && _pendingCount == 0);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var data = (ReadOnlySpan<byte>)buffer[..read];
        _hash.AppendData(data);
        if (!_invalid)
        {
            Check(data);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<byte> data)
    {
        if (_pendingCount > 0)
        {
            // Finish the character the last read cut, with the continuation bytes this read starts with.
            var lead = _pending[0];
            var needs = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            var take = Math.Min(needs - _pendingCount, data.Length);
            data[..take].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += take;
            data = data[take..];
            if (_pendingCount < needs)
            {
                return;
            }

            _invalid |= !Utf8.IsValid(_pending.AsSpan(0, _pendingCount));
            _pendingCount = 0;
        }

        var cut = CutCharacter(data);
        _invalid |= !Utf8.IsValid(data[..^cut]);
        data[^cut..].CopyTo(_pending);
        _pendingCount = cut;
    }

    /// <summary>How many bytes at the end start a character the data does not finish (0 to 3).</summary>
    private static int CutCharacter(ReadOnlySpan<byte> data)
    {
        for (var back = 1; back <= Math.Min(3, data.Length); back++)
        {
            var b = data[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needs = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needs > back ? back : 0;
        }

        return 0;
    }
}
