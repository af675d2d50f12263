namespace VocEd.Scheduler.Access;

/// <summary>
/// The web host's access settings: configuration section <c>Access</c> (appsettings.json, or environment
/// <c>Access__Name</c>).
/// </summary>
internal sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public double LockoutMinutes { get; set; } = 15;

    /// <summary>The largest upload accepted, in megabytes.</summary>
    public long MaxUploadMegabytes { get; set; } = 200;

    /// <summary>The addresses of the reverse proxies whose forwarded headers are honoured; none: forwarded headers are ignored.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Cookies are marked Secure (sent over HTTPS only); the reverse proxy terminates HTTPS. Off only for a test on plain HTTP.</summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>How long a sign-in lasts without use.</summary>
    public double SessionHours { get; set; } = 8;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024 * 1024;
}
