namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (academic year, base cell, crosswalk, major category, employer
/// industry) with the additive counts of enrollment (employer industry −3) or of the graduates of graduation
/// year academic_year + 1. A base cell is (prefecture, province, economic region, school type) of the school
/// versions the facts point at: the finest grain any cube reports, so every cube is rolled up from a few
/// thousand cell rows, and an incremental refresh recomputes only the cells of the changed schools from the
/// facts (every school of those cells, through the fact indexes on (year, school_key)), and of those only the rows
/// of the fact kinds that changed.
/// </summary>
public sealed class CubeBaseMajor
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

    /// <summary>The employer's dim_industry key for employed graduates, −2 for graduates not employed, −3 for the enrollment rows (which no graduates row shares, so that one kind's rows can be replaced alone).</summary>
    public int EmployerIndustryKey { get; set; }

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
}
