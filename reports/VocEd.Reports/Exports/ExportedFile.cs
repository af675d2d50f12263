namespace VocEd.Reports.Exports;

/// <summary>One file of an export: name, the cube it holds (or null), row count and SHA-256.</summary>
public sealed record ExportedFile(string File, string? Cube, int? Rows, long Bytes, string Sha256);
