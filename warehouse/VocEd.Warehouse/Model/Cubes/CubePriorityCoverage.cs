namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per (region_code, academic_year, priority) where the region has its own regional_industry file of calendar
/// year academic_year (the nation and the economic regions: the national file): the enrollment of the year spread over
/// industry sections by the crosswalk's weights, summed over the sections the file flags with that priority, and its share
/// of the region's weighted enrollment.
/// </summary>
public sealed class CubePriorityCoverage
{
    public required string RegionCode { get; set; }

    public required string RegionLevel { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>key, strategic_emerging or future.</summary>
    public required string Priority { get; set; }

    /// <summary>Crosswalk-weighted students in the sections of that priority.</summary>
    public double Students { get; set; }

    /// <summary>students ÷ the region's crosswalk-weighted students over all sections.</summary>
    public double? Share { get; set; }

    public DateTime RefreshedAt { get; set; }
}
