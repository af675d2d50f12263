namespace VocEd.Warehouse.Secure.Model;

/// <summary>
/// An API key of an account: its public prefix (the part before the dot) and the SHA-256 of the whole key — never the
/// key itself, which is shown once when it is made. A revoked key stays, with the time it stopped working.
/// </summary>
public sealed class AccApiKey
{
    public long KeyId { get; set; }

    public long AccountId { get; set; }

    public required string KeyPrefix { get; set; }

    /// <summary>The lower-case hex SHA-256 of the key's text.</summary>
    public required string SecretSha256 { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
