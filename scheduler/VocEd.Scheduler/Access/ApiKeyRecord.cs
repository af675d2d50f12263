namespace VocEd.Scheduler.Access;

/// <summary>One API key (acc_api_key): its public prefix, the SHA-256 of the whole key, and the account it belongs to.</summary>
internal sealed record ApiKeyRecord(long KeyId, string Prefix, string SecretSha256, DateTime CreatedAt, DateTime? RevokedAt, Account Account);
