namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, academic_year, school_type, destination_group): the graduates of graduation year
/// academic_year + 1 in one destination group and their share of the cell's graduates. Every group has a row (zero
/// included) where the cell has graduates.
/// </summary>
public sealed class CubeDestination
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>all, secondary, associate, bachelor or technical.</summary>
    public required string SchoolType { get; set; }

    /// <summary>employed_agreement, employed_contract, employed_other, employed_project, self_employed, freelance, further_study, abroad, awaiting or not_seeking.</summary>
    public required string DestinationGroup { get; set; }

    public int Graduates { get; set; }

    /// <summary>The cell's graduates: every group and unknown destinations (the share's denominator).</summary>
    public int TotalGraduates { get; set; }

    /// <summary>graduates ÷ total_graduates.</summary>
    public double? GraduateShare { get; set; }

    public DateTime RefreshedAt { get; set; }
}
