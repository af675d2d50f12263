namespace VocEd.Scheduler.Access;

/// <summary>Who is asking: an account's name, role and binding (a region, or a submitter's school).</summary>
internal sealed record Caller(string UserName, string Role, string? RegionCode, string? SchoolCode)
{
    public static Caller Of(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Caller(account.UserName, account.Role, account.RegionCode, account.SchoolCode);
    }

    public bool IsAdmin => string.Equals(Role, AccessRoles.Admin, StringComparison.Ordinal);

    /// <summary>True when this caller may read reports and dashboards of <paramref name="regionCode"/>: admins everywhere, officials inside their region.</summary>
    public bool MayRead(string regionCode) =>
        IsAdmin || (string.Equals(Role, AccessRoles.Official, StringComparison.Ordinal) && RegionCode is { } region && RegionCodes.Covers(region, regionCode));

    /// <summary>True for the roles that send submissions (submitters and admins).</summary>
    public bool MaySubmit => IsAdmin || string.Equals(Role, AccessRoles.Submitter, StringComparison.Ordinal);
}
