namespace VocEd.Warehouse.Model.Cubes;

/// <summary>Refresh state, not published: one row per (academic year, school version) with a school_profile — the resources the ratios over schools sum.</summary>
public sealed class CubeBaseSchool
{
    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    public long StudentsTotal { get; set; }

    public long FulltimeTeachers { get; set; }

    public long ParttimeTeachers { get; set; }

    public long DualQualifiedTeachers { get; set; }

    public double EquipmentValueYuan { get; set; }
}
