namespace VocEd.Etl.Extract;

/// <summary>
/// Reads an XML part and fails once it yields more than a set number of bytes, or a run of bytes without a <c>&lt;</c>
/// longer than a set length: a text node or a tag that long (a cell, a shared string) would make the XML reader build
/// a string of it whole. So an XLSX part read through it can neither expand past its limit nor hand over a giant value.
/// </summary>
internal sealed class XmlRunLimitStream(Stream inner, long maxBytes, int maxRun, string part) : Stream
{
    private long _read;
    private long _run;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var chunk = buffer[..read];
        _read += read;
        if (_read > maxBytes)
        {
            throw new SubmissionUnreadableException($"the XLSX part {part} expands to more than {maxBytes} bytes");
        }

        if (chunk.Length <= maxRun)
        {
            // No run inside a chunk this short can break the limit: only the one carried over and the one at its end.
            var first = chunk.IndexOf((byte)'<');
            if (first < 0)
            {
                _run += chunk.Length;
            }
            else
            {
                Check(_run + first);
                _run = chunk.Length - chunk.LastIndexOf((byte)'<') - 1;
            }
        }
        else
        {
            var rest = chunk;
            int at;
            while ((at = rest.IndexOf((byte)'<')) >= 0)
            {
                Check(_run + at);
                _run = 0;
                rest = rest[(at + 1)..];
            }

            _run += rest.Length;
        }

        Check(_run);
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
        }

        base.Dispose(disposing);
    }

    private void Check(long run)
    {
        if (run > maxRun)
        {
            throw new SubmissionUnreadableException($"the XLSX part {part} has a value or tag longer than {maxRun} bytes");
        }
    }
}
