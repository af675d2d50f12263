namespace VocEd.Generator.Faults;

/// <summary>A fault put into a row (1-based data row number, canonical column name; empty column for a truncated row).</summary>
internal sealed record InjectedFault(int Row, string Column, string Fault, string RuleId);
