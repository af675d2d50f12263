namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per region of the statistical code list (GB/T 2260 as extended by NBS, 2022): the nation,
/// each province, each prefecture (pseudo-prefectures included) and each county; plus the unknown
/// (−1) and not-applicable (−2) members.
/// </summary>
public sealed class DimRegion
{
    public const int UnknownKey = -1;
    public const int NotApplicableKey = -2;

    public int RegionKey { get; set; }

    /// <summary>`CN`, a 2-digit province, 4-digit prefecture or 6-digit county code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>nation, province, prefecture, county or unknown.</summary>
    public required string RegionLevel { get; set; }

    public required string NameZh { get; set; }

    public string? ParentRegionCode { get; set; }

    public string? ProvinceCode { get; set; }

    public string? ProvinceNameZh { get; set; }

    public string? PrefectureCode { get; set; }

    public string? PrefectureNameZh { get; set; }

    public string? CountyCode { get; set; }

    /// <summary>east, central, west or northeast (东部/中部/西部/东北) for provinces and below.</summary>
    public string? EconomicRegion { get; set; }

    public string? EconomicRegionZh { get; set; }
}
