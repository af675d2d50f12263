using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Infrastructure;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// Replaces a citizen ID by HMAC-SHA256 under the <see cref="PseudonymKey"/>: stable for the same ID and key,
/// different under another key. The ID is upper-cased first, so <c>x</c> and <c>X</c> give one pseudonym.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly PseudonymKey _key;

    /// <summary>The HMAC on prepared SHA-256 states (libcrypto's block function), null where it cannot be had.</summary>
    private readonly HmacSha256Blocks? _blocks;

    // Longer inputs, and machines without libcrypto: one keyed HMAC per thread, reset after each use: the one-shot HMACSHA256.HashData sets up the OpenSSL
    // algorithm and context on every call, which costs more than the hash itself (2.4 µs against 0.9 µs per ID).
    [ThreadStatic]
    private static IncrementalHash? _threadHmac;

    [ThreadStatic]
    private static PseudonymKey? _threadHmacKey;

    public Pseudonymizer(PseudonymKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _blocks = HmacSha256Blocks.TryCreate(key.Key);
    }

    public int KeyVersion => _key.Version;

    public Pseudonym Pseudonymize(string citizenId)
    {
        ArgumentNullException.ThrowIfNull(citizenId);
        var hash = new byte[Pseudonym.Length];
        Span<byte> ascii = stackalloc byte[HmacSha256Blocks.MaxMessageBytes];
        if (_blocks is not null && citizenId.Length <= ascii.Length
            && Ascii.ToUpper(citizenId, ascii, out var length) == System.Buffers.OperationStatus.Done)
        {
            // An ASCII ID (every valid one): upper-cased straight into its UTF-8 bytes, which are its ASCII bytes.
            _blocks.Compute(ascii[..length], hash);
            return new Pseudonym(hash, _key.Version);
        }

        Span<char> upper = citizenId.Length <= 64 ? stackalloc char[citizenId.Length] : new char[citizenId.Length];
        citizenId.AsSpan().ToUpperInvariant(upper);
        var byteCount = Encoding.UTF8.GetByteCount(upper);
        Span<byte> input = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(upper, input);
        if (_blocks is not null && input.Length <= HmacSha256Blocks.MaxMessageBytes)
        {
            _blocks.Compute(input, hash);
        }
        else
        {
            var hmac = Hmac();
            hmac.AppendData(input);
            hmac.GetHashAndReset(hash);
        }

        return new Pseudonym(hash, _key.Version);
    }

    private IncrementalHash Hmac()
    {
        if (_threadHmac is null || !ReferenceEquals(_threadHmacKey, _key))
        {
            _threadHmac?.Dispose();
            _threadHmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key.Key);
            _threadHmacKey = _key;
        }

        return _threadHmac;
    }
}
