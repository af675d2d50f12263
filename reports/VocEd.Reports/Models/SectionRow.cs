namespace VocEd.Reports.Models;

/// <summary>
/// One GB/T 4754 section of 行业结构 for a supply × demand basis: shares, structural deviation S_i, location quotients,
/// and <see cref="Flag"/> (供给偏多 / 供给偏少 / empty) by the rule of <see cref="SectionFlags"/>.
/// </summary>
public sealed record SectionRow(
    string SupplyBasis,
    string DemandBasis,
    string Section,
    string NameZh,
    int Sector,
    Figure SupplyShare,
    Figure DemandShare,
    Figure StructuralDeviation,
    Figure LocationQuotientSupply,
    Figure LocationQuotientDemand,
    string Flag);
