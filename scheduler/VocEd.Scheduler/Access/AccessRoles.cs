namespace VocEd.Scheduler.Access;

/// <summary>The web roles: what an account may do is its role within its binding (a region or a school).</summary>
internal static class AccessRoles
{
    /// <summary>Everything: every region, the Hangfire dashboard, uploads for any school.</summary>
    public const string Admin = "admin";

    /// <summary>Sends submissions for its school or region and follows them.</summary>
    public const string Submitter = "submitter";

    /// <summary>Reads the reports and dashboards of its region and the regions below it.</summary>
    public const string Official = "official";

    public static IReadOnlyList<string> All { get; } = [Admin, Submitter, Official];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
