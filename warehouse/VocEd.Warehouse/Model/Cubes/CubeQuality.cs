namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, academic_year, school_type): the quality indicators (docs/cubes.md) for a
/// prefecture, province, economic region or the nation, for one school type or all.
/// </summary>
public sealed class CubeQuality
{
    public required string RegionCode { get; set; }

    /// <summary>nation, economic_region, province or prefecture.</summary>
    public required string RegionLevel { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>all, secondary, associate, bachelor or technical.</summary>
    public required string SchoolType { get; set; }

    public int Schools { get; set; }

    public int Students { get; set; }

    public int Graduates { get; set; }

    /// <summary>Σ students_total (在校生数) of the school profiles: the students the ratios over schools use; null without a profile.</summary>
    public int? StudentsReported { get; set; }

    /// <summary>
    /// True when students (the enrollment rows) and students_reported (the profiles) differ by more than 10 % of the
    /// larger: 生师比 and 生均仪器设备值 then rest on a count the enrollment rows do not bear out; false without a profile.
    /// </summary>
    public bool StudentsDiffer { get; set; }

    /// <summary>Employed graduates: the denominator of the related, local and salary indicators.</summary>
    public int Employed { get; set; }

    public double? PlacementRate { get; set; }

    public double? FurtherStudyRate { get; set; }

    public double? EntrepreneurshipRate { get; set; }

    public double? RelatedRate { get; set; }

    public double? LocalEmploymentRate { get; set; }

    public double? LocalCityEmploymentRate { get; set; }

    public double? MeanMonthlySalary { get; set; }

    public double? MedianMonthlySalary { get; set; }

    public double? StudentTeacherRatio { get; set; }

    public double? DualQualifiedShare { get; set; }

    public double? EquipmentPerStudent { get; set; }

    public double? DropoutRate { get; set; }

    public DateTime RefreshedAt { get; set; }
}
