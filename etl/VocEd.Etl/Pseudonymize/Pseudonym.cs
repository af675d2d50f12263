namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// A citizen ID's keyed hash — the 32 bytes of HMAC-SHA256, stored as they are (bytea, BLOB, binary(32)): half the
/// width of their hex text in every fact row, its B-tree and the bulk copy — and the version of the key that made it.
/// Two pseudonyms are equal when their bytes and key versions are.
/// </summary>
public readonly record struct Pseudonym(byte[] Value, int KeyVersion)
{
    /// <summary>Bytes of a pseudonym (SHA-256's output).</summary>
    public const int Length = System.Security.Cryptography.HMACSHA256.HashSizeInBytes;

    public bool Equals(Pseudonym other) =>
        KeyVersion == other.KeyVersion && Value.AsSpan().SequenceEqual(other.Value);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Value);
        hash.Add(KeyVersion);
        return hash.ToHashCode();
    }

    /// <summary>The bytes as lower-case hex, as an analyst's query shows them (<c>encode(student_pseudonym, 'hex')</c>).</summary>
    public override string ToString() => Convert.ToHexStringLower(Value ?? []);
}
