namespace VocEd.Generator.Tests.Support;

/// <summary>One expected or found rejection: file, 1-based data row, canonical column, rule id.</summary>
internal sealed record Rejection(string File, int Row, string Column, string RuleId);
