namespace VocEd.Warehouse.Model.Bridges;

/// <summary>
/// One row per (crosswalk, version, major category, industry section): the weighted major → industry
/// crosswalk. Weights of one category in one version sum to 1. A version is in force from its
/// effective date until the next version of the same crosswalk.
/// </summary>
public sealed class BridgeMajorIndustry
{
    public int BridgeMajorIndustryKey { get; set; }

    /// <summary>education (keyed by associate-level category code) or technical (keyed by category name).</summary>
    public required string Crosswalk { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public required string MajorCategoryCode { get; set; }

    public required string SectionCode { get; set; }

    public int IndustryKey { get; set; }

    public decimal Weight { get; set; }
}
