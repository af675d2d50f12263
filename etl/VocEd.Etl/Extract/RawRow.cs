namespace VocEd.Etl.Extract;

/// <summary>
/// One data row as read, before validation: values by template column position (empty string when absent).
/// Holds raw personal data, so it never leaves the ETL: validation turns it into a <c>ValidatedRow</c>.
/// </summary>
internal sealed class RawRow
{
    private readonly bool[]? _numeric;

    public RawRow(long rowNumber, string[] values, bool[]? numeric = null, bool isTruncated = false)
    {
        RowNumber = rowNumber;
        Values = values;
        _numeric = numeric;
        IsTruncated = isTruncated;
    }

    /// <summary>1-based ordinal of the data row (the header is not counted; Excel row 2 is row 1).</summary>
    public long RowNumber { get; }

    /// <summary>Values by template column position.</summary>
    public string[] Values { get; }

    /// <summary>The record had fewer fields than the header (a truncated file's last row).</summary>
    public bool IsTruncated { get; }

    /// <summary>Where the record starts in the file: its physical line (CSV, JSON) or sheet row (XLSX); 0 when not known.</summary>
    public long Line { get; init; }

    /// <summary>
    /// Why the record could not be read as a row (more fields than the header, a limit broken, a JSON key twice), in
    /// Chinese, naming no value; null for a row read whole. Such a row is rejected for that alone.
    /// </summary>
    public string? Problem { get; init; }

    /// <summary>The value came from a numeric XLSX cell.</summary>
    public bool IsNumeric(int column) => _numeric is not null && _numeric[column];
}
