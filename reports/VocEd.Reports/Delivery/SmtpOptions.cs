namespace VocEd.Reports.Delivery;

/// <summary>
/// The mail server (configuration section <c>Delivery:Smtp</c>, environment <c>Delivery__Smtp__Password</c> or
/// <c>VOCED_SMTP_PASSWORD</c>). The user name and password are used to sign in and never written anywhere else.
/// </summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Sign-in user; empty: no authentication.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address (From).</summary>
    public string From { get; set; } = "voced@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "职业教育统计数据仓库";

    /// <summary>Seconds before a connect, a command or a send gives up (a passing fault: retried).</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Text safe to print: host, port, security, and whether a sign-in is configured (never the user or the password).</summary>
    public override string ToString() =>
        $"{Host}:{Port} ({Security}{(string.IsNullOrEmpty(User) ? string.Empty : ", with sign-in")})";
}
