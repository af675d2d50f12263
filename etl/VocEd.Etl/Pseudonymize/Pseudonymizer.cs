using System.Security.Cryptography;
using System.Text;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// Replaces a citizen ID by HMAC-SHA256 under the <see cref="PseudonymKey"/>: stable for the same ID and key,
/// different under another key. The ID is upper-cased first, so <c>x</c> and <c>X</c> give one pseudonym.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly PseudonymKey _key;

    public Pseudonymizer(PseudonymKey key) => _key = key;

    public int KeyVersion => _key.Version;

    public Pseudonym Pseudonymize(string citizenId)
    {
        var input = Encoding.UTF8.GetBytes(citizenId.ToUpperInvariant());
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key.Key, input, hash);
        return new Pseudonym(Convert.ToHexStringLower(hash), _key.Version);
    }
}
