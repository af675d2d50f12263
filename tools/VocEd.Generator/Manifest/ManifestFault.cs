namespace VocEd.Generator.Manifest;

/// <summary>An injected fault (row and column null for a file-level fault such as an unreadable XLSX).</summary>
public sealed record ManifestFault(string File, int? Row, string? Column, string Fault, string RuleId);
