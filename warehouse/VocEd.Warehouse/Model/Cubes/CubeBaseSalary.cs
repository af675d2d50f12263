namespace VocEd.Warehouse.Model.Cubes;

/// <summary>Refresh state, not published: one row per (academic year, school version, monthly salary) counting employed graduates of graduation year academic_year + 1 — the histogram medians are rolled up from.</summary>
public sealed class CubeBaseSalary
{
    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    public double MonthlySalaryYuan { get; set; }

    public int Graduates { get; set; }
}
