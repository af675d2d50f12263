namespace VocEd.Generator.Manifest;

/// <summary>
/// One file written: where, what, how, how many data rows, its hash, and what the ETL must do with it
/// (<c>load</c> or <c>quarantine</c> with a reason) and how many of its rows it must reject.
/// </summary>
public sealed record ManifestFile(
    string Path,
    string Kind,
    string Format,
    string? Encoding,
    string HeaderLanguage,
    string? JsonLayout,
    string Submitter,
    int Year,
    int Rows,
    long Bytes,
    string Sha256,
    string Expected,
    string? QuarantineReason,
    int ExpectedRejectedRows,
    string? Corrects,
    string? CorrectedBy);
