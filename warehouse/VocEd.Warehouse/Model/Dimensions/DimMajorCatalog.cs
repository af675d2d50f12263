namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per version of a major catalog (the 2021 education catalog, the national technical-school catalog, a province's featured catalog).</summary>
public sealed class DimMajorCatalog
{
    public int MajorCatalogKey { get; set; }

    /// <summary>education, technical-national, or technical-&lt;province code&gt;.</summary>
    public required string CatalogCode { get; set; }

    public required string CatalogVersion { get; set; }

    public required string NameZh { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>active or retired.</summary>
    public required string Status { get; set; }

    /// <summary>`CN` for national catalogs, the province code for a provincial featured catalog.</summary>
    public required string ScopeRegionCode { get; set; }

    public string? Source { get; set; }
}
