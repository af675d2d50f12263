namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per major per catalog version: education majors (6-digit code = category + class + major)
/// and technical-school majors (4-digit, category taken from the catalog row, never from the digits).
/// </summary>
public sealed class DimMajor
{
    public const int UnknownKey = -1;

    public int MajorKey { get; set; }

    public required string CatalogCode { get; set; }

    public required string CatalogVersion { get; set; }

    public required string MajorCode { get; set; }

    public required string NameZh { get; set; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public required string Level { get; set; }

    /// <summary>2-digit category at this level (education), or the catalog prefix (technical, may be empty).</summary>
    public string? CategoryCode { get; set; }

    public string? CategoryNameZh { get; set; }

    /// <summary>The category as the cubes and crosswalk key it (associate-level code or technical category name).</summary>
    public required string MajorCategoryCode { get; set; }

    /// <summary>4-digit class code at this level (education only).</summary>
    public string? ClassCode { get; set; }

    public string? ClassNameZh { get; set; }

    /// <summary>True for majors this project made up where the starter catalog has none; never shown as official.</summary>
    public bool IsSynthetic { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>active, added (new that year) or withdrawn.</summary>
    public required string Status { get; set; }

    public string? Source { get; set; }
}
