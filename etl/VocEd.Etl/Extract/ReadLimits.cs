namespace VocEd.Etl.Extract;

/// <summary>
/// What one submission file may make the readers hold or read: beyond these a record is rejected (it counts as read
/// and rejected, and reading goes on) or, where reading cannot go on, the whole file is unreadable. The defaults are
/// far above any real submission; tests lower them. Bound from <c>Etl:Limits</c>.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>The longest field (CSV field, XLSX cell, JSON value), in characters: a longer one rejects its record.</summary>
    public int MaxFieldChars { get; init; } = 4 * 1024;

    /// <summary>The longest record (CSV record as written, XLSX row's text), in characters: a longer one is rejected.</summary>
    public int MaxRecordChars { get; init; } = 64 * 1024;

    /// <summary>The most lines one quoted CSV field may span (a quote opened and never closed rejects one record, not the rest of the file).</summary>
    public int MaxLinesPerField { get; init; } = 5;

    /// <summary>The most parts (zip entries) an XLSX may have.</summary>
    public int MaxXlsxParts { get; init; } = 1_000;

    /// <summary>The largest expanded size of one XLSX part (declared and as read), in bytes.</summary>
    public long MaxXlsxPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The largest expanded size of an XLSX part read whole (workbook, styles), in characters.</summary>
    public long MaxXlsxSmallPartChars { get; init; } = 4L * 1024 * 1024;

    /// <summary>The highest expansion ratio (expanded ÷ compressed) of an XLSX part larger than 1 MiB expanded.</summary>
    public int MaxXlsxCompressionRatio { get; init; } = 100;

    /// <summary>The most entries of an XLSX shared string table.</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;

    /// <summary>The most characters of an XLSX shared string table, all entries together.</summary>
    public long MaxSharedStringChars { get; init; } = 64L * 1024 * 1024;

    /// <summary>The deepest nesting of a JSON submission (the array and the row objects count).</summary>
    public int MaxJsonDepth { get; init; } = 16;

    /// <summary>The most keys of one JSON row object: more rejects the row.</summary>
    public int MaxJsonKeys { get; init; } = 256;
}
