namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Working rows of one incremental refresh, deleted before it commits: one row per base cell (academic year ×
/// prefecture, province, economic region, school type) the refresh recomputes — the cells the changed partitions'
/// schools lie in now and the cells they were counted in at the last refresh (<see cref="CubeRefreshSchoolCell"/>), so a
/// cell a school has left is recomputed too, even when no school is left in it.
/// </summary>
public sealed class CubeRefreshScopeCell
{
    public long RefreshLogId { get; set; }

    public int AcademicYear { get; set; }

    /// <summary>'' when the county has no prefecture.</summary>
    public required string PrefectureCode { get; set; }

    /// <summary>'' when none.</summary>
    public required string ProvinceCode { get; set; }

    /// <summary>'' when none.</summary>
    public required string EconomicRegion { get; set; }

    public required string SchoolType { get; set; }
}
