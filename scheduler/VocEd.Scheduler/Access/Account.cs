namespace VocEd.Scheduler.Access;

/// <summary>
/// One person's or program's account (acc_account): its role and binding — a region (<see cref="RegionCode"/>) or, for a
/// submitter, a school (<see cref="SchoolCode"/>); admins are bound to CN.
/// </summary>
internal sealed record Account(
    long AccountId,
    string UserName,
    string Role,
    string? RegionCode,
    string? SchoolCode,
    string PasswordHash,
    DateTime PasswordChangedAt,
    bool IsDisabled,
    int FailedAttempts,
    DateTime? LockedUntil)
{
    /// <summary>The binding as text: <c>region 44</c>, <c>school 4144000001</c>.</summary>
    public string Binding => SchoolCode is { } school ? "school " + school : "region " + (RegionCode ?? RegionCodes.Nation);

    public bool IsLockedAt(DateTime now) => LockedUntil is { } until && until > now;
}
