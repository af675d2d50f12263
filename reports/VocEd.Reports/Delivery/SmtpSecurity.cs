namespace VocEd.Reports.Delivery;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (the default: port 25 or 587 on an internal relay).</summary>
    Auto,

    /// <summary>Plain SMTP, no TLS (a relay on the same host or a test server).</summary>
    None,

    /// <summary>STARTTLS, required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Ssl,
}
