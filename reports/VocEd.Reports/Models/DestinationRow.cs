namespace VocEd.Reports.Models;

/// <summary>One destination group of 毕业去向: its codes, graduates and share of the graduates.</summary>
public sealed record DestinationRow(string Group, string NameZh, string Codes, long Graduates, Figure Share);
