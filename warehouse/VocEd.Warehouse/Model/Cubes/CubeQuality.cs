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

    /// <summary>
    /// True when students (enrollment rows) and Σ students_total of the school profiles differ by more than 10 % of the
    /// latter; null when the cell has no school profile.
    /// </summary>
    public bool? StudentCountMismatch { get; set; }

    public DateTime RefreshedAt { get; set; }
}
