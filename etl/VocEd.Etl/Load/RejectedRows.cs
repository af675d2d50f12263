using VocEd.Etl.Records;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Load;

/// <summary>Builds etl_rejected_row rows: one per rule failure of a row, with the raw value (personal data masked) and the Chinese message.</summary>
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
            Message = Truncate(violation.MessageZh, 1000) ?? string.Empty,
            RawValue = column is null ? null : Truncate(row.MaskedRawValue(column), 400),
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
            Message = Truncate(problem.MessageZh, 1000) ?? string.Empty,
        };
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
