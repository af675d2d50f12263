namespace VocEd.Warehouse.Model.Cubes;

/// <summary>One row per (refresh, school, academic year) that an incremental refresh recomputed from the facts.</summary>
public sealed class CubeRefreshPartition
{
    public long RefreshLogId { get; set; }

    public required string SchoolCode { get; set; }

    public int AcademicYear { get; set; }
}
