namespace VocEd.Etl.Pseudonymize;

/// <summary>A citizen ID's keyed hash: 64 lower-case hex characters of HMAC-SHA256, and the version of the key that made it.</summary>
public readonly record struct Pseudonym(string Value, int KeyVersion)
{
    public const int Length = 64;

    public override string ToString() => Value;
}
