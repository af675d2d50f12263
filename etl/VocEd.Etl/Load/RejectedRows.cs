using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Load;

/// <summary>
/// Builds etl_rejected_row rows: one per rule failure of a row, with the raw value and the Chinese message. Both are
/// masked twice over: personal columns by column (a name dropped), and then anything shaped like a citizen ID, whatever
/// the column — a shifted column or a broken quote puts an ID in any field, and a message may quote any value.
/// </summary>
public static class RejectedRows
{
    public const string Error = "error";
    public const string Warning = "warning";

    public static EtlRejectedRow From(long submissionId, ValidatedRow row, RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(violation);
        var column = string.IsNullOrEmpty(violation.Column) ? null : violation.Column;
        return new EtlRejectedRow
        {
            SubmissionId = submissionId,
            SourceRowNumber = (int)row.RowNumber,
            ColumnName = column,
            RuleId = violation.RuleId,
            Severity = violation.Severity == RuleSeverity.Error ? Error : Warning,
            Message = Truncate(Storable(violation.MessageZh), 1000) ?? string.Empty,
            RawValue = column is null ? null : Truncate(Storable(row.MaskedRawValue(column)), 400),
        };
    }

    /// <summary>The one row (number 0) that records why a whole file was quarantined.</summary>
    public static EtlRejectedRow ForFile(long submissionId, FileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new EtlRejectedRow
        {
            SubmissionId = submissionId,
            SourceRowNumber = 0,
            RuleId = problem.ReasonCode,
            Severity = Error,
            Message = Truncate(Storable(problem.MessageZh), 1000) ?? string.Empty,
        };
    }

    /// <summary>
    /// The etl_rule_failure_count rows of a submission: every rule's count of failures and how many of them are kept
    /// as rows (the first <paramref name="detailsPerRule"/>).
    /// </summary>
    public static IEnumerable<EtlRuleFailureCount> Counts(long submissionId, IReadOnlyDictionary<string, long> byRule, int detailsPerRule)
    {
        ArgumentNullException.ThrowIfNull(byRule);
        return byRule.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new EtlRuleFailureCount
        {
            SubmissionId = submissionId,
            RuleId = r.Key,
            Severity = RuleCatalog.Get(r.Key).Severity == RuleSeverity.Error ? Error : Warning,
            Failures = r.Value,
            DetailsKept = (int)Math.Min(r.Value, detailsPerRule),
        });
    }

    /// <summary>Failures counted but not kept as rows, over every rule.</summary>
    public static long DetailsDropped(IReadOnlyDictionary<string, long> byRule, int detailsPerRule) =>
        byRule?.Values.Sum(count => Math.Max(0, count - detailsPerRule)) ?? 0;

    /// <summary>Text from a file as it may be stored (<see cref="PersonalDataMasker.MaskForStorage"/>).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Storable(string? text) => PersonalDataMasker.MaskForStorage(text);

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
