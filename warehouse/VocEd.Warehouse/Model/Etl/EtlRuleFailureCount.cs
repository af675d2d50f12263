namespace VocEd.Warehouse.Model.Etl;

/// <summary>
/// One row per rule that failed at least once in a submission: how many times (every failure, errors and warnings,
/// a row counting once per rule it broke) and how many of them are kept as etl_rejected_row rows (at most a configured
/// number per rule and submission; beyond it a failure is only counted).
/// </summary>
public sealed class EtlRuleFailureCount
{
    public long SubmissionId { get; set; }

    public required string RuleId { get; set; }

    /// <summary>error or warning.</summary>
    public required string Severity { get; set; }

    /// <summary>Every failure of the rule in the submission.</summary>
    public long Failures { get; set; }

    /// <summary>The failures kept as etl_rejected_row rows (the first ones in file order).</summary>
    public int DetailsKept { get; set; }
}
