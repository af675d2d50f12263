namespace VocEd.Etl.Withdraw;

/// <summary>A withdrawal that would leave the warehouse inconsistent, refused with a reason code and what to do instead.</summary>
public sealed class WithdrawalRefusedException : Exception
{
    /// <summary>The last school_profile of a school whose enrollment or graduates are loaded: its facts would have no school.</summary>
    public const string ProfileHasDependentFacts = "profile_has_dependent_facts";

    public WithdrawalRefusedException()
    {
        Reason = string.Empty;
    }

    public WithdrawalRefusedException(string message)
        : base(message)
    {
        Reason = string.Empty;
    }

    public WithdrawalRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = string.Empty;
    }

    public WithdrawalRefusedException(string reason, string message)
        : base(reason + ": " + message)
    {
        Reason = reason;
    }

    /// <summary>The reason code, e.g. <see cref="ProfileHasDependentFacts"/>.</summary>
    public string Reason { get; }
}
