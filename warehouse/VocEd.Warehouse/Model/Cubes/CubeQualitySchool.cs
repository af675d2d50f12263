namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (school_code, academic_year) where the school has a school_profile or any fact row that year: the school's
/// attributes as its version of that year records them, every cube_quality indicator for the school alone (median salary
/// included), whether its student counts disagree, and one breach flag per policy threshold of its school type.
/// </summary>
public sealed class CubeQualitySchool
{
    public required string SchoolCode { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>As the school sent it (text from a submission).</summary>
    public required string SchoolName { get; set; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public required string SchoolType { get; set; }

    public required string CountyCode { get; set; }

    public string? PrefectureCode { get; set; }

    public string? ProvinceCode { get; set; }

    /// <summary>east, central, west or northeast.</summary>
    public string? EconomicRegion { get; set; }

    /// <summary>1 when the school has a school_profile for the year, else 0.</summary>
    public int Schools { get; set; }

    public int Students { get; set; }

    public int Graduates { get; set; }

    public int Employed { get; set; }

    public double? PlacementRate { get; set; }

    public double? FurtherStudyRate { get; set; }

    public double? EntrepreneurshipRate { get; set; }

    public double? RelatedRate { get; set; }

    public double? LocalEmploymentRate { get; set; }

    public double? LocalCityEmploymentRate { get; set; }

    public double? MeanMonthlySalary { get; set; }

    public double? MedianMonthlySalary { get; set; }

    /// <summary>students_total (在校生数) of the school's profile: the students its ratios divide by; null without a profile.</summary>
    public int? StudentsReported { get; set; }

    public double? StudentTeacherRatio { get; set; }

    public double? DualQualifiedShare { get; set; }

    public double? EquipmentPerStudent { get; set; }

    public double? DropoutRate { get; set; }

    /// <summary>Full-time teachers of the school profile (null without one): the per-school threshold's figure.</summary>
    public int? FulltimeTeachers { get; set; }

    /// <summary>Enrollment rows and the profile's students_total differ by more than 10 % of the latter; null without a profile.</summary>
    public bool? StudentCountMismatch { get; set; }

    /// <summary>The school misses a student_teacher_ratio threshold of its type; null when its type has none or the value is null.</summary>
    public bool? BreachStudentTeacherRatio { get; set; }

    /// <summary>The school misses a dual_qualified_share threshold of its type; null when its type has none or the value is null.</summary>
    public bool? BreachDualQualifiedShare { get; set; }

    /// <summary>The school misses an equipment_per_student threshold of its type; null when its type has none or the value is null.</summary>
    public bool? BreachEquipmentPerStudent { get; set; }

    /// <summary>The school misses a fulltime_teachers threshold of its type (e.g. 中职 ≥ 60); null when its type has none or it has no profile.</summary>
    public bool? BreachFulltimeTeachers { get; set; }

    public DateTime RefreshedAt { get; set; }
}
