namespace VocEd.Warehouse.Model.Cubes;

/// <summary>Refresh state, not published: one row per (academic year, base cell, monthly salary) counting employed graduates of graduation year academic_year + 1 — the histogram exact medians are rolled up from (see <see cref="CubeBaseMajor"/> for the cell).</summary>
public sealed class CubeBaseSalary
{
    public int AcademicYear { get; set; }

    /// <summary>The school's prefecture code ('' when its county has none): with province, economic region and school type, the base cell.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>The school's province code ('' when none).</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>The school's economic region ('' when none).</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }

    public double MonthlySalaryYuan { get; set; }

    public int Graduates { get; set; }
}
