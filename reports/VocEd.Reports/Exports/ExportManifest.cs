namespace VocEd.Reports.Exports;

/// <summary>What an export wrote (manifest.json): every file with its rows and checksum.</summary>
public sealed record ExportManifest(DateTime GeneratedAt, int MinimumDenominator, IReadOnlyList<ExportedFile> Files);
