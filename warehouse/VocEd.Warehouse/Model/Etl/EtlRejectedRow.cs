namespace VocEd.Warehouse.Model.Etl;

/// <summary>
/// One row per rule failure of a submission row (a row failing two rules has two), warnings included:
/// row number, column, rule, message and the raw value, personal columns masked.
/// </summary>
public sealed class EtlRejectedRow
{
    public long RejectedRowId { get; set; }

    public long SubmissionId { get; set; }

    /// <summary>1-based data row ordinal (the header is not counted); 0 for a whole-file reason.</summary>
    public int SourceRowNumber { get; set; }

    public string? ColumnName { get; set; }

    public required string RuleId { get; set; }

    /// <summary>error (the row was rejected) or warning (the row was loaded and flagged).</summary>
    public required string Severity { get; set; }

    public required string Message { get; set; }

    /// <summary>The value as submitted; a citizen ID keeps only its first six characters, names are never kept.</summary>
    public string? RawValue { get; set; }
}
