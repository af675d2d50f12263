using System.Buffers.Binary;
using System.Security.Cryptography;
using VocEd.Etl.Infrastructure;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The pseudonym's HMAC-SHA256 of one citizen ID under a 32-byte key, per ID: <c>HmacSha256Blocks</c> (two runs of
/// libcrypto's SHA-256 block function from states prepared per key) against the framework — the one-shot
/// <c>HMACSHA256.HashData</c>, one <c>IncrementalHash</c> reused for every ID (what the ETL falls back to), and one
/// <c>HMACSHA256</c> instance reused. The IDs are 18 characters as citizen IDs are, already upper-cased ASCII bytes,
/// so only the MAC is timed. Every MAC is folded into the digest, so the variants must give the very same bytes.
/// </summary>
internal sealed class HmacComparison
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly byte[][] _ids;

    public HmacComparison(int count)
    {
        var random = new Random(20261207);
        _ids = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var id = new byte[18];
            for (var k = 0; k < 17; k++)
            {
                id[k] = (byte)('0' + random.Next(10));
            }

            id[17] = random.Next(11) == 10 ? (byte)'X' : (byte)('0' + random.Next(10));
            _ids[i] = id;
        }
    }

    public IReadOnlyList<Variant> Variants()
    {
        var variants = new List<Variant>();
        if (HmacSha256Blocks.TryCreate(_key) is { } blocks)
        {
            variants.Add(new("HmacSha256Blocks (ours)", () => Alternation.Time(() => Each((id, mac) => blocks.Compute(id, mac)))));
        }

        var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        var instance = new HMACSHA256(_key);
        variants.Add(new("IncrementalHash, reused", () => Alternation.Time(() => Each((id, mac) =>
        {
            incremental.AppendData(id);
            incremental.GetHashAndReset(mac);
        }))));
        variants.Add(new("HMACSHA256 instance, reused", () => Alternation.Time(() => Each((id, mac) => instance.TryComputeHash(id, mac, out _)))));
        variants.Add(new("HMACSHA256.HashData (one-shot)", () => Alternation.Time(() => Each((id, mac) => HMACSHA256.HashData(_key, id, mac)))));
        return variants;
    }

    public static bool BlocksAvailable() => HmacSha256Blocks.TryCreate(new byte[32]) is not null;

    private (long Units, string Digest) Each(MacAction mac)
    {
        Span<byte> output = stackalloc byte[32];
        ulong fold = 0;
        foreach (var id in _ids)
        {
            mac(id, output);
            fold = (fold * 0x100000001B3ul) ^ BinaryPrimitives.ReadUInt64LittleEndian(output) ^ BinaryPrimitives.ReadUInt64LittleEndian(output[24..]);
        }

        return (_ids.Length, fold.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
    }

    private delegate void MacAction(ReadOnlySpan<byte> id, Span<byte> mac);
}
