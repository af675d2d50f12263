namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per major category (专业大类) per level: the 19 education categories at each of the
/// three levels (职业本科 21–39, 高职专科 41–59, 中职 61–79) and the technical-school categories.
/// </summary>
public sealed class DimMajorCategory
{
    public int MajorCategoryKey { get; set; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public required string Level { get; set; }

    /// <summary>The 2-digit code at this level; for technical categories the catalog prefix (empty for provincial-only categories).</summary>
    public required string CategoryCode { get; set; }

    /// <summary>The category as the cubes and the crosswalk key it: the associate-level code (41–59) for education, the category name for technical.</summary>
    public required string MajorCategoryCode { get; set; }

    /// <summary>
    /// The category's code in the published cubes (cube_graduate_fit.major_category_code): the associate-level code (41–59)
    /// for education categories, <c>T</c> + the catalog prefix for technical ones (T90, T99 for the provincial-only ones).
    /// </summary>
    public required string CubeCode { get; set; }

    public required string NameZh { get; set; }

    public string? NameEn { get; set; }
}
