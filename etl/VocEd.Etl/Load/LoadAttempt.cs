using VocEd.Warehouse.Model.Staging;

namespace VocEd.Etl.Load;

/// <summary>
/// What <see cref="FactLoader.LoadAsync"/> did: committed (the rows balance, rule failures, the submission it
/// replaced, the schools whose versions it rebuilt and their latest staged profiles), or rolled back because the rejection rate is exceeded.
/// </summary>
public sealed record LoadAttempt(
    bool RateExceeded,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long RowsWarned,
    IReadOnlyDictionary<string, long> ByRule,
    long? ReplacedSubmissionId,
    IReadOnlyList<(string SchoolCode, StgSchoolProfile? Latest)> SchoolProfiles);
