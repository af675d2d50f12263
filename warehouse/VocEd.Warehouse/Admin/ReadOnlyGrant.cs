namespace VocEd.Warehouse.Admin;

/// <summary>What <see cref="ReadOnlyLogin.GrantAsync"/> did: created the login or found it, and the password it set (null: unchanged).</summary>
public sealed record ReadOnlyGrant(bool Created, string? Password);
