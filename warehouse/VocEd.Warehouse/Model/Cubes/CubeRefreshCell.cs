namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Working rows of one full refresh, deleted before it commits: every school version with its base cell's
/// representative (the least school_key of the versions in the same prefecture, province, economic region and
/// school type), so that graduates are grouped straight to cells on integer keys (on PostgreSQL inside the parallel
/// workers, which cannot read temporary tables).
/// </summary>
public sealed class CubeRefreshCell
{
    public long RefreshLogId { get; set; }

    public int SchoolKey { get; set; }

    /// <summary>The least school_key of the school versions in this one's base cell.</summary>
    public int CellSchoolKey { get; set; }

    /// <summary>The school's province code, as its county has it (NULL when none): for local employment.</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>The school's prefecture code, as its county has it (NULL when none): for local employment.</summary>
    public string? PrefectureCode { get; set; }
}
