namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, year, supply_basis, demand_basis): how the structure of supply (enrollment
/// or graduates by major, spread over industry sections by the crosswalk) fits the structure of demand
/// (value added or employment by section) in a region that has both.
/// </summary>
public sealed class CubeAlignment
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    /// <summary>The academic year Y (regional_industry of calendar year Y).</summary>
    public int Year { get; set; }

    /// <summary>enrollment or graduates.</summary>
    public required string SupplyBasis { get; set; }

    /// <summary>value_added or employment.</summary>
    public required string DemandBasis { get; set; }

    public double MismatchIndex { get; set; }

    public double MatchDegree { get; set; }

    public double MooreAngleDeg { get; set; }

    public int SectionsCompared { get; set; }

    public double SectorMismatchIndex { get; set; }

    public double SupplyTotal { get; set; }

    public double DemandTotal { get; set; }

    public DateTime RefreshedAt { get; set; }
}
