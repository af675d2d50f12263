namespace VocEd.Generator.Manifest;

/// <summary>A row the ETL must reject only because of another fault (e.g. unknown_school when every profile row of its school was rejected).</summary>
public sealed record ManifestConsequence(string File, int Row, string Column, string RuleId, string Cause);
