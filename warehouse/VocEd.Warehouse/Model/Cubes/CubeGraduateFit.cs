namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, graduation_year, major_category_code): how employed graduates of a major
/// category fit industry (crosswalk), place (school's province) and the province's priority industries.
/// </summary>
public sealed class CubeGraduateFit
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    public int GraduationYear { get; set; }

    /// <summary>The category as the cubes code it: the associate-level code (41–59) of an education category, or the technical category's code (T01 … T14, T90, T99).</summary>
    public required string MajorCategoryCode { get; set; }

    /// <summary>The category's Chinese name (专业大类名称).</summary>
    public required string MajorCategoryName { get; set; }

    public int Graduates { get; set; }

    public int Employed { get; set; }

    public double? IndustryMatchRate { get; set; }

    public double? LocalEmploymentRate { get; set; }

    public double? PriorityIndustryRate { get; set; }

    public DateTime RefreshedAt { get; set; }
}
