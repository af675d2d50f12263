namespace VocEd.Etl.Claims;

/// <summary>What receiving a file came to.</summary>
public enum ReceiptOutcome
{
    /// <summary>Registered as a new submission in status received; its file is in the store, waiting for its load.</summary>
    Registered,

    /// <summary>The same content was loaded before: nothing registered.</summary>
    AlreadyLoaded,

    /// <summary>The same content was quarantined before for the same reason, which has not gone: nothing registered.</summary>
    Duplicate,

    /// <summary>
    /// Not a regular file, or larger than the limit: never opened nor copied, registered in status refused with the
    /// reason, so that the refusal shows where every other submission does.
    /// </summary>
    Refused,
}
