namespace VocEd.Warehouse.Model.Cubes;

/// <summary>One row per (region_code, year, supply_basis, demand_basis, industry_section): shares, structural deviation and location quotients.</summary>
public sealed class CubeAlignmentSection
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    public int Year { get; set; }

    public required string SupplyBasis { get; set; }

    public required string DemandBasis { get; set; }

    /// <summary>GB/T 4754-2017 section A–T.</summary>
    public required string IndustrySection { get; set; }

    public double Supply { get; set; }

    public double Demand { get; set; }

    public double SupplyShare { get; set; }

    public double DemandShare { get; set; }

    public double? StructuralDeviation { get; set; }

    public double? LocationQuotientSupply { get; set; }

    public double? LocationQuotientDemand { get; set; }

    public DateTime RefreshedAt { get; set; }
}
