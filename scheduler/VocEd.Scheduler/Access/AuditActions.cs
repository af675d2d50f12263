namespace VocEd.Scheduler.Access;

/// <summary>The actions the audit log records.</summary>
internal static class AuditActions
{
    public const string SignIn = "sign_in";
    public const string SignOut = "sign_out";
    public const string ApiKey = "api_key";
    public const string Upload = "upload";
    public const string Download = "download";
    public const string Denied = "denied";

    /// <summary>The name recorded for a user name that names no account (the name itself may be a mistyped password).</summary>
    public const string Unknown = "unknown";
}
