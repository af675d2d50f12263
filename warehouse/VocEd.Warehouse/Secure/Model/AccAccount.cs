namespace VocEd.Warehouse.Secure.Model;

/// <summary>
/// One person's or program's account of the web host: its lower-case user name, role (admin, submitter, official) and
/// binding (a region code, or a submitter's school code), the salted slow hash of its password, whether it is disabled,
/// and its failed sign-ins in a row with the lock they led to. Secret: it lives in the secure store only.
/// </summary>
public sealed class AccAccount
{
    public long AccountId { get; set; }

    public required string UserName { get; set; }

    public required string Role { get; set; }

    public string? RegionCode { get; set; }

    public string? SchoolCode { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>When the password was last set: a session begun before then is over.</summary>
    public DateTime PasswordChangedAt { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Sign-ins counted toward the lockout (a sign-in is counted while its password is checked).</summary>
    public int FailedAttempts { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime CreatedAt { get; set; }
}
