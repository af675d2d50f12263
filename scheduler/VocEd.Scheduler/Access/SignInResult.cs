namespace VocEd.Scheduler.Access;

/// <summary>How a sign-in ended. A locked, disabled or unknown account is answered like a bad password.</summary>
internal sealed record SignInResult(Account? Account, string Outcome)
{
    public const string Succeeded = "ok";
    public const string BadPassword = "bad_password";
    public const string UnknownUser = "unknown_user";
    public const string Locked = "locked";
    public const string Disabled = "disabled";

    public bool IsSuccess => string.Equals(Outcome, Succeeded, StringComparison.Ordinal);
}
