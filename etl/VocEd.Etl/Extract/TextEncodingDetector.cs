using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace VocEd.Etl.Extract;

/// <summary>
/// Tells UTF-8 (with or without BOM) from GB18030 by validating UTF-8 on a prefix. A prefix of plain ASCII proves
/// nothing, so it is read as UTF-8 with GB18030 as the fallback; a prefix with valid multi-byte UTF-8 commits to UTF-8.
/// </summary>
public static class TextEncodingDetector
{
    public const string Utf8BomName = "utf-8-bom";
    public const string Utf8Name = "utf-8";
    public const string Gb18030Name = "gb18030";

    /// <summary>How many bytes are sampled.</summary>
    public const int PrefixLength = 64 * 1024;

    private static readonly Encoding _strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030 (code page 54936) that throws on undecodable bytes instead of substituting.</summary>
    public static Encoding StrictGb18030 { get; } = CreateGb18030();

    public static DetectedEncoding Gb18030 { get; } = new(Gb18030Name, StrictGb18030, 0, null);

    /// <summary>Detects the encoding of <paramref name="stream"/> from its current position, then rewinds it there.</summary>
    public static DetectedEncoding Detect(Stream stream)
    {
        var start = stream.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(PrefixLength);
        try
        {
            var length = stream.ReadAtLeast(buffer.AsSpan(0, PrefixLength), PrefixLength, throwOnEndOfStream: false);
            stream.Position = start;
            return Detect(buffer.AsSpan(0, length), isWholeFile: length < PrefixLength);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Detects the encoding from a prefix; <paramref name="isWholeFile"/> says the prefix is all there is.</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> prefix, bool isWholeFile)
    {
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Utf8BomName, _strictUtf8, 3, null);
        }

        if (prefix.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
        {
            return new DetectedEncoding(Utf8Name, _strictUtf8, 0, Gb18030);
        }

        return IsValidUtf8Prefix(prefix, isWholeFile) ? new DetectedEncoding(Utf8Name, _strictUtf8, 0, null) : Gb18030;
    }

    /// <summary>Valid UTF-8, allowing a multi-byte sequence cut off by the end of the sample.</summary>
    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> prefix, bool isWholeFile)
    {
        if (Utf8.IsValid(prefix))
        {
            return true;
        }

        if (isWholeFile)
        {
            return false;
        }

        for (var cut = 1; cut <= 3 && cut < prefix.Length; cut++)
        {
            if (Utf8.IsValid(prefix[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
