namespace VocEd.Reports.Charts;

/// <summary>
/// One GB/T 4754 section's share of supply (students mapped through the crosswalk) and of demand (value added or
/// employment), with its structural deviation and location quotients; null where the value is missing.
/// </summary>
public sealed record SectionShare(
    string Code,
    string Name,
    double? SupplyShare,
    double? DemandShare,
    double? StructuralDeviation = null,
    double? LocationQuotientSupply = null,
    double? LocationQuotientDemand = null);
