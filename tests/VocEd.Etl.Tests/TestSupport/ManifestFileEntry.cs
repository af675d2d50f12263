namespace VocEd.Etl.Tests.TestSupport;

/// <summary>One file of a generator manifest: what it is and what the ETL must do with it.</summary>
internal sealed record ManifestFileEntry(
    string Path,
    string Kind,
    string Format,
    string? Encoding,
    string HeaderLanguage,
    int Rows,
    string Expected,
    string? QuarantineReason,
    int ExpectedRejectedRows,
    string? Corrects);
