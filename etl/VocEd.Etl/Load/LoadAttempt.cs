using VocEd.Etl.Validate;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Etl.Load;

/// <summary>
/// What <see cref="FactLoader.LoadAsync"/> did: committed (the rows balance, rule failures, the submission it
/// replaced, the schools whose versions it rebuilt and their latest staged profiles), or rolled back because the
/// rejection rate is exceeded or for <see cref="QuarantineReason"/> (the caller quarantines it either way).
/// </summary>
public sealed record LoadAttempt(
    bool RateExceeded,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long RowsWarned,
    IReadOnlyDictionary<string, long> ByRule,
    long? ReplacedSubmissionId,
    IReadOnlyList<(string SchoolCode, StgSchoolProfile? Latest)> SchoolProfiles)
{
    /// <summary>Why the load was rolled back for the caller to quarantine the submission (an empty replacement), or null.</summary>
    public FileProblem? QuarantineReason { get; init; }

    /// <summary>Rule failures counted but not kept as etl_rejected_row rows (over the per-rule limit).</summary>
    public long DetailsDropped { get; init; }
}
