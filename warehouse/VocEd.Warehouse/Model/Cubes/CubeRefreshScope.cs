namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Working rows of one incremental refresh, deleted before it commits: every school version (and academic year)
/// whose base cell the refresh recomputes from the facts — all schools of the cells of the changed partitions.
/// </summary>
public sealed class CubeRefreshScope
{
    public long RefreshLogId { get; set; }

    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }
}
