namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Refresh state, not published: one row per (school, base cell) of the school's dim_school versions as the last
/// refresh saw them. A school_profile loaded or withdrawn since can delete or move a version; the next incremental
/// refresh recomputes the cells recorded here as well as the school's cells now, so the facts counted in a cell the
/// school has left leave it.
/// </summary>
public sealed class CubeRefreshSchoolCell
{
    public required string SchoolCode { get; set; }

    /// <summary>'' when the county has no prefecture.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>'' when none.</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>'' when none.</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }
}
