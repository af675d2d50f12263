using VocEd.Etl.Validate;

namespace VocEd.Etl.Records;

/// <summary>
/// One row after validation and pseudonymization: its number in the file, its typed values, every rule it broke,
/// and its raw values with personal columns masked (citizen ID to its first six characters, name dropped) — the
/// form in which a rejected row is kept for the school to fix.
/// </summary>
public sealed class ValidatedRow
{
    private readonly IReadOnlyList<string> _columns;
    private readonly string[] _maskedRawValues;

    internal ValidatedRow(long rowNumber, SubmissionRecord record, IReadOnlyList<RuleViolation> violations, IReadOnlyList<string> columns, string[] maskedRawValues)
    {
        RowNumber = rowNumber;
        Record = record;
        Violations = violations;
        _columns = columns;
        _maskedRawValues = maskedRawValues;
        for (var i = 0; i < violations.Count && !IsRejected; i++)
        {
            IsRejected = violations[i].Severity == RuleSeverity.Error;
        }
    }

    /// <summary>1-based data row number (header not counted; Excel row 2 is row 1).</summary>
    public long RowNumber { get; }

    /// <summary>The typed values; pattern-match on the kind's record type.</summary>
    public SubmissionRecord Record { get; }

    /// <summary>Every failed rule (errors and warnings).</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>At least one error: the row does not load.</summary>
    public bool IsRejected { get; }

    /// <summary>The raw value of each template column (canonical name → text as sent), personal data masked.</summary>
    public IEnumerable<KeyValuePair<string, string>> MaskedRawValues =>
        _columns.Select((name, i) => new KeyValuePair<string, string>(name, _maskedRawValues[i]));

    /// <summary>The masked raw value of one column, or null when the template has no such column.</summary>
    public string? MaskedRawValue(string column)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (string.Equals(_columns[i], column, StringComparison.Ordinal))
            {
                return _maskedRawValues[i];
            }
        }

        return null;
    }
}
