using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Infrastructure;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// Replaces a citizen ID by HMAC-SHA256 under the <see cref="PseudonymKey"/> — under its first version, then again
/// under each later one (after a rotation: HMAC(k2, HMAC(k1, id)), what the rotation made of the stored pseudonyms):
/// stable for the same ID and key, different under another key. The ID is upper-cased first, so <c>x</c> and <c>X</c>
/// give one pseudonym.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly PseudonymKey _key;

    /// <summary>The HMAC on prepared SHA-256 states (libcrypto's block function) per key version, oldest first; null where it cannot be had or failed its check.</summary>
    private readonly HmacSha256Blocks?[] _blocks;

    // Longer inputs, and machines without libcrypto: one keyed HMAC per thread, reset after each use: the one-shot HMACSHA256.HashData sets up the OpenSSL
    // algorithm and context on every call, which costs more than the hash itself.
    [ThreadStatic]
    private static IncrementalHash? _threadHmac;

    [ThreadStatic]
    private static byte[]? _threadHmacKey;

    public Pseudonymizer(PseudonymKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _blocks = [.. key.Keys.Select(k => HmacSha256Blocks.TryCreate(k.Key))];
        FastPathRefused = HmacSha256Blocks.CheckFailed && _blocks.Any(b => b is null);
    }

    public int KeyVersion => _key.Version;

    /// <summary>The key (its fingerprint is checked against the warehouse's before an ingest).</summary>
    public PseudonymKey Key => _key;

    /// <summary>
    /// True when libcrypto's block function was found but gave other bytes than .NET's HMACSHA256 on the known inputs of
    /// its start-up check: the pseudonyms are then .NET's (the same bytes, only slower), never the block function's.
    /// </summary>
    public bool FastPathRefused { get; }

    public Pseudonym Pseudonymize(string citizenId)
    {
        ArgumentNullException.ThrowIfNull(citizenId);
        var hash = new byte[Pseudonym.Length];
        Span<byte> ascii = stackalloc byte[HmacSha256Blocks.MaxMessageBytes];
        var first = _blocks[0];
        if (first is not null && citizenId.Length <= ascii.Length
            && Ascii.ToUpper(citizenId, ascii, out var length) == System.Buffers.OperationStatus.Done)
        {
            // An ASCII ID (every valid one): upper-cased straight into its UTF-8 bytes, which are its ASCII bytes.
            first.Compute(ascii[..length], hash);
        }
        else
        {
            Span<char> upper = citizenId.Length <= 64 ? stackalloc char[citizenId.Length] : new char[citizenId.Length];
            citizenId.AsSpan().ToUpperInvariant(upper);
            var byteCount = Encoding.UTF8.GetByteCount(upper);
            Span<byte> input = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
            Encoding.UTF8.GetBytes(upper, input);
            Hmac(0, input, hash);
        }

        if (_blocks.Length > 1)
        {
            // Each later version hashes the pseudonym before it: a rotated key gives what the rotation made of the stored ones.
            Span<byte> previous = stackalloc byte[Pseudonym.Length];
            for (var i = 1; i < _blocks.Length; i++)
            {
                hash.CopyTo(previous);
                Hmac(i, previous, hash);
            }
        }

        return new Pseudonym(hash, _key.Version);
    }

    private void Hmac(int version, ReadOnlySpan<byte> input, Span<byte> hash)
    {
        if (_blocks[version] is { } blocks && input.Length <= HmacSha256Blocks.MaxMessageBytes)
        {
            blocks.Compute(input, hash);
            return;
        }

        var key = _key.Keys[version].Key;
        if (_threadHmac is null || !ReferenceEquals(_threadHmacKey, key))
        {
            _threadHmac?.Dispose();
            _threadHmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            _threadHmacKey = key;
        }

        _threadHmac.AppendData(input);
        _threadHmac.GetHashAndReset(hash);
    }
}
