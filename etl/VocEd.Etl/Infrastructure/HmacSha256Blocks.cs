using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace VocEd.Etl.Infrastructure;

/// <summary>
/// HMAC-SHA256 of a short message (up to 55 bytes: one SHA-256 block) as two runs of OpenSSL's SHA-256 block
/// function from states prepared once per key — the key's inner and outer pads hashed ahead (RFC 2104). The same bytes
/// as <see cref="HMACSHA256"/>, in a fraction of the time per citizen ID of <see cref="IncrementalHash"/>, whose fixed cost
/// per call (OpenSSL's MAC context reset, its error queue, the layers between) is most of its time
/// (docs/decisions/0006-hmac-on-sha256-block-states.md). The block function is libcrypto's
/// <c>SHA256_Transform</c> (SHA-NI where the processor has it); where libcrypto cannot be loaded
/// <see cref="TryCreate(ReadOnlySpan{byte})"/> returns null and the caller keeps .NET's HMAC.
/// <para>
/// The block function is called on a context laid out as one OpenSSL build lays out its SHA256_CTX (the state words
/// first). A build that lays it out otherwise would make other bytes — pseudonyms that match nothing, silently. So each
/// instance checks itself when it is made: for its key and known messages (RFC 4231's case, an empty one, a citizen
/// ID, a full block) it must give <see cref="HMACSHA256"/>'s bytes; on any difference <see cref="TryCreate(ReadOnlySpan{byte})"/> returns
/// null (and <see cref="CheckFailed"/> tells it): the caller falls back to .NET's HMAC, which is the reference — the
/// same pseudonyms, only slower — rather than stopping the ingest over a speed-up.
/// </para>
/// </summary>
internal sealed unsafe class HmacSha256Blocks
{
    /// <summary>The longest message one block holds: 64 bytes less the 0x80 marker and the 8-byte length.</summary>
    public const int MaxMessageBytes = 55;

    private const int _blockBytes = 64;

    /// <summary>OpenSSL's SHA256_CTX: the eight state words first, then counters and the partial block (112 bytes).</summary>
    private const int _contextBytes = 112;

    private static readonly Lazy<nint> _transform = new(LoadTransform);

    /// <summary>The messages of the start-up check: RFC 4231's test case 2, nothing, an 18-character ID, a full block's worth.</summary>
    private static readonly byte[][] _checkMessages =
    [
        "what do ya want for nothing?"u8.ToArray(), [], "11010519491231002X"u8.ToArray(), [.. Enumerable.Range(0, MaxMessageBytes).Select(i => (byte)i)],
    ];

    private static volatile bool _checkFailed;

    private readonly uint[] _inner = new uint[8];
    private readonly uint[] _outer = new uint[8];
    private readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, void> _sha256Transform;

    private HmacSha256Blocks(ReadOnlySpan<byte> key, nint transform)
    {
        _sha256Transform = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, void>)transform;
        Span<byte> padded = stackalloc byte[_blockBytes];
        padded.Clear();
        if (key.Length > _blockBytes)
        {
            SHA256.HashData(key, padded);
        }
        else
        {
            key.CopyTo(padded);
        }

        Span<byte> pad = stackalloc byte[_blockBytes];
        for (var i = 0; i < _blockBytes; i++)
        {
            pad[i] = (byte)(padded[i] ^ 0x36);
        }

        Initial(_inner);
        Transform(_sha256Transform, _inner, pad);
        for (var i = 0; i < _blockBytes; i++)
        {
            pad[i] = (byte)(padded[i] ^ 0x5c);
        }

        Initial(_outer);
        Transform(_sha256Transform, _outer, pad);
        CryptographicOperations.ZeroMemory(padded);
        CryptographicOperations.ZeroMemory(pad);
    }

    /// <summary>True once a block HMAC failed its check against <see cref="HMACSHA256"/> in this process (its caller uses .NET's HMAC).</summary>
    public static bool CheckFailed => _checkFailed;

    /// <summary>
    /// The block HMAC under <paramref name="key"/>, or null where libcrypto's block function is not there or gives
    /// other bytes than <see cref="HMACSHA256"/> on the known messages.
    /// </summary>
    public static HmacSha256Blocks? TryCreate(ReadOnlySpan<byte> key) => TryCreate(key, _transform.Value);

    /// <summary>As <see cref="TryCreate(ReadOnlySpan{byte})"/> with a given block function (tests hand it a wrong one).</summary>
    internal static HmacSha256Blocks? TryCreate(ReadOnlySpan<byte> key, nint transform)
    {
        if (transform == 0)
        {
            return null;
        }

        var blocks = new HmacSha256Blocks(key, transform);
        if (blocks.Agrees(key) && new HmacSha256Blocks("Jefe"u8, transform).Agrees("Jefe"u8))
        {
            return blocks;
        }

        _checkFailed = true;
        return null;
    }

    /// <summary>This instance, made under <paramref name="key"/>, gives .NET's HMAC-SHA256 on every check message.</summary>
    private bool Agrees(ReadOnlySpan<byte> key)
    {
        Span<byte> mac = stackalloc byte[32];
        foreach (var message in _checkMessages)
        {
            Compute(message, mac);
            if (!mac.SequenceEqual(HMACSHA256.HashData(key, message)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>HMAC-SHA256 of <paramref name="message"/> (at most <see cref="MaxMessageBytes"/> bytes) into <paramref name="mac"/> (32 bytes).</summary>
    public void Compute(ReadOnlySpan<byte> message, Span<byte> mac)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(message.Length, MaxMessageBytes, nameof(message));
        ArgumentOutOfRangeException.ThrowIfLessThan(mac.Length, 32, nameof(mac));
        Span<uint> state = stackalloc uint[8];
        Span<byte> block = stackalloc byte[_blockBytes];

        // Inner hash: the message after the inner pad's block (64 bytes already hashed).
        _inner.CopyTo(state);
        LastBlock(block, message, _blockBytes + message.Length);
        Transform(_sha256Transform, state, block);
        Span<byte> innerDigest = stackalloc byte[32];
        Digest(state, innerDigest);

        // Outer hash: the inner digest after the outer pad's block.
        _outer.CopyTo(state);
        LastBlock(block, innerDigest, _blockBytes + 32);
        Transform(_sha256Transform, state, block);
        Digest(state, mac);
    }

    /// <summary>The final block of a message of <paramref name="totalBytes"/> whose last bytes are <paramref name="tail"/>: tail, 0x80, zeros, the bit length.</summary>
    private static void LastBlock(Span<byte> block, ReadOnlySpan<byte> tail, int totalBytes)
    {
        block.Clear();
        tail.CopyTo(block);
        block[tail.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(block[^8..], (ulong)totalBytes * 8);
    }

    private static void Digest(ReadOnlySpan<uint> state, Span<byte> digest)
    {
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest[(4 * i)..], state[i]);
        }
    }

    private static void Initial(Span<uint> state)
    {
        ReadOnlySpan<uint> iv = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        iv.CopyTo(state);
    }

    /// <summary>One run of the block function on <paramref name="state"/> (through a SHA256_CTX whose state words it is).</summary>
    private static void Transform(delegate* unmanaged[SuppressGCTransition]<byte*, byte*, void> function, Span<uint> state, ReadOnlySpan<byte> block)
    {
        var context = stackalloc byte[_contextBytes];
        MemoryMarshal.AsBytes(state).CopyTo(new Span<byte>(context, 32));
        fixed (byte* data = block)
        {
            function(context, data);
        }

        new ReadOnlySpan<byte>(context, 32).CopyTo(MemoryMarshal.AsBytes(state));
    }

    /// <summary>libcrypto's SHA256_Transform (OpenSSL 3 or 1.1, as .NET itself loads), or 0 (not Linux, or no such libcrypto).</summary>
    private static nint LoadTransform()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        foreach (var name in (string[])["libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so"])
        {
            if (NativeLibrary.TryLoad(name, out var library) && NativeLibrary.TryGetExport(library, "SHA256_Transform", out var transform))
            {
                return SelfTest(transform) ? transform : 0;
            }
        }

        return 0;
    }

    /// <summary>The block function gives SHA-256's own answer for one known block ("abc", FIPS 180-2's example).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SelfTest(nint transform)
    {
        Span<uint> state = stackalloc uint[8];
        Initial(state);
        Span<byte> block = stackalloc byte[_blockBytes];
        LastBlock(block, "abc"u8, 3);
        Transform((delegate* unmanaged[SuppressGCTransition]<byte*, byte*, void>)transform, state, block);
        Span<byte> digest = stackalloc byte[32];
        Digest(state, digest);
        return digest.SequenceEqual(SHA256.HashData("abc"u8));
    }
}
