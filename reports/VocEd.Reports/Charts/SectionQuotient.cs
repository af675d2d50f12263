namespace VocEd.Reports.Charts;

/// <summary>A section's location quotients in a region: supply (education) and demand (industry); null where missing.</summary>
public sealed record SectionQuotient(string Code, string Name, double? Supply, double? Demand);
