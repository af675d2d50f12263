namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (academic year, base cell, crosswalk, major category) — the rows of
/// cube_base_major summed over employer industries, with the two industry counts the graduate-fit cube
/// needs already resolved (a cell lies in one province). The rollups of cube_quality, cube_alignment_section and
/// cube_graduate_fit read these ≈ 20 times fewer rows. A full refresh builds every year from cube_base_major; an
/// incremental one rebuilds the cells it recomputed (and every cell of a year whose regional_industry changed).
/// </summary>
public sealed class CubeBaseCategory
{
    public int AcademicYear { get; set; }

    /// <summary>The school's prefecture code ('' when its county has none): with province, economic region and school type, the base cell.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>The school's province code ('' when none).</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>The school's economic region ('' when none).</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }

    /// <summary>education or technical.</summary>
    public required string Crosswalk { get; set; }

    public required string MajorCategoryCode { get; set; }

    public int Students { get; set; }

    public int Dropped { get; set; }

    public int Graduates { get; set; }

    public int Placed { get; set; }

    public int FurtherStudy { get; set; }

    public int SelfEmployed { get; set; }

    public int Employed { get; set; }

    public int JobRelated { get; set; }

    public int LocalProvince { get; set; }

    public int LocalPrefecture { get; set; }

    public double SalarySum { get; set; }

    public int SalaryCount { get; set; }

    /// <summary>
    /// Employed graduates whose employer's section has weight &gt; 0 for the category in the crosswalk version in force in
    /// the academic year, as of the refresh that wrote the row (a changed crosswalk needs a full refresh).
    /// </summary>
    public int IndustryMatched { get; set; }

    /// <summary>Employed graduates whose employer's section is a priority industry (key, strategic_emerging, future) in the regional_industry of the cell's province for the academic year.</summary>
    public int PriorityIndustry { get; set; }
}
