namespace VocEd.Warehouse.Model.Cubes;

/// <summary>Refresh state, not published: one row per (academic year, base cell) with a school_profile: the number of school versions with a profile and the resources the ratios over schools sum (see <see cref="CubeBaseMajor"/> for the cell).</summary>
public sealed class CubeBaseSchool
{
    public int AcademicYear { get; set; }

    /// <summary>The school's prefecture code ('' when its county has none): with province, economic region and school type, the base cell.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>The school's province code ('' when none).</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>The school's economic region ('' when none).</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }

    /// <summary>School versions with a school_profile that year.</summary>
    public int Schools { get; set; }

    public long StudentsTotal { get; set; }

    public long FulltimeTeachers { get; set; }

    public long ParttimeTeachers { get; set; }

    public long DualQualifiedTeachers { get; set; }

    public double EquipmentValueYuan { get; set; }
}
