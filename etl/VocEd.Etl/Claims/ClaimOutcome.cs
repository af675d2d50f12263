namespace VocEd.Etl.Claims;

/// <summary>What a claim attempt found.</summary>
public enum ClaimOutcome
{
    /// <summary>This worker holds the claim: it must load (or quarantine) the submission and release the claim.</summary>
    Claimed,

    /// <summary>The same content was loaded before: nothing to do.</summary>
    AlreadyLoaded,

    /// <summary>Another live worker holds the replacement key: try again later.</summary>
    Busy,

    /// <summary>A registered submission is no longer waiting (loaded, quarantined, superseded … or claimed by a live worker): nothing to do.</summary>
    NotWaiting,

    /// <summary>A registered submission's key already has a later version loaded (or withdrawn): it is recorded superseded, never loaded.</summary>
    Superseded,
}
