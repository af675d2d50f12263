namespace VocEd.Reports.Models;

/// <summary>One of the three sectors (第一/第二/第三产业) for a supply × demand basis: each share is the sum of its sections'.</summary>
public sealed record SectorRow(string SupplyBasis, string DemandBasis, int Sector, string NameZh, Figure SupplyShare, Figure DemandShare, Figure Gap);
