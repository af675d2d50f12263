namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (academic year, base cell) with the salary histogram of the cell's employed
/// graduates of graduation year academic_year + 1 who reported a salary — what exact medians are rolled up from (see
/// <see cref="CubeBaseMajor"/> for the cell, VocEd.Cubes.Refresh.SalaryMedians for the medians).
/// </summary>
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

    /// <summary>The graduates the histogram counts (the sum of its counts).</summary>
    public int Graduates { get; set; }

    /// <summary>
    /// The histogram as text: "salary:count" entries (the monthly salary in yuan as the database writes a float, the count
    /// an integer), separated by ';', in no particular order; one entry per distinct salary.
    /// </summary>
    public required string Histogram { get; set; }
}
