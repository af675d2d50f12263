namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per GB/T 4754-2017 section (门类 A–T) with its division range and sector; plus unknown (−1) and not-applicable (−2).</summary>
public sealed class DimIndustry
{
    public const int UnknownKey = -1;
    public const int NotApplicableKey = -2;

    public int IndustryKey { get; set; }

    public required string SectionCode { get; set; }

    public required string NameZh { get; set; }

    public string? NameEn { get; set; }

    public int DivisionFrom { get; set; }

    public int DivisionTo { get; set; }

    /// <summary>1, 2 or 3 (第一/第二/第三产业); 0 for the special members.</summary>
    public int Sector { get; set; }

    public required string SectorNameZh { get; set; }
}
