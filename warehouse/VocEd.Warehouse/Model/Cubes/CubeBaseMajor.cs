namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (academic year, school version, crosswalk, major category,
/// employer industry) with the additive counts of enrollment (employer industry −2) and of the graduates
/// of graduation year academic_year + 1. Every cube is rolled up from these rows, so an incremental
/// refresh recomputes only the changed schools' rows from the facts.
/// </summary>
public sealed class CubeBaseMajor
{
    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    /// <summary>education or technical.</summary>
    public required string Crosswalk { get; set; }

    public required string MajorCategoryCode { get; set; }

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
