namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (academic year, school version, fact kind) — the sums of one school's facts
/// of one kind in the academic year: enrollment (students, dropped), graduates of graduation year academic_year + 1
/// (counts by destination flag and report group, local employment, salaries and the salary histogram) or the school
/// profile (schools = 1 and its resources); the other kinds' columns are zero. The school's base cell (see
/// <see cref="CubeBaseMajor"/>) is kept beside it, so an incremental refresh replaces the rows of its scope's cells.
/// cube_quality_school, cube_destination and every salary median are rolled up from it.
/// </summary>
public sealed class CubeBaseBySchool
{
    public const string EnrollmentKind = "enrollment";
    public const string GraduatesKind = "graduates";
    public const string ProfileKind = "profile";

    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    /// <summary>enrollment, graduates or profile.</summary>
    public required string FactKind { get; set; }

    /// <summary>The school's prefecture code ('' when its county has none).</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>The school's province code ('' when none).</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>The school's economic region ('' when none).</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }

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

    public int GraduatesEmployedAgreement { get; set; }

    public int GraduatesEmployedContract { get; set; }

    public int GraduatesEmployedOther { get; set; }

    public int GraduatesEmployedProject { get; set; }

    public int GraduatesSelfEmployed { get; set; }

    public int GraduatesFreelance { get; set; }

    public int GraduatesFurtherStudy { get; set; }

    public int GraduatesAbroad { get; set; }

    public int GraduatesAwaiting { get; set; }

    public int GraduatesNotSeeking { get; set; }

    /// <summary>1 for a profile row (the school has a school_profile that year), else 0.</summary>
    public int Schools { get; set; }

    public long StudentsTotal { get; set; }

    public long FulltimeTeachers { get; set; }

    public long ParttimeTeachers { get; set; }

    public long DualQualifiedTeachers { get; set; }

    public double EquipmentValueYuan { get; set; }

    /// <summary>
    /// The salary histogram of the school's employed graduates who reported a salary, as text: "salary:count" entries
    /// (the monthly salary in yuan as the database writes a float, the count an integer) separated by ';', in no
    /// particular order, a salary possibly in more than one entry (their counts add up); null when there is none.
    /// </summary>
    public string? Histogram { get; set; }
}
