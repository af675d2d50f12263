namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// Working rows of one full refresh, deleted before it commits: every major with its category's representative
/// (the least major_key of the majors with the same crosswalk and major_category_code), so that graduates are
/// grouped straight to categories on integer keys.
/// </summary>
public sealed class CubeRefreshMajor
{
    public long RefreshLogId { get; set; }

    public int MajorKey { get; set; }

    /// <summary>The least major_key of the majors in this one's crosswalk and major category.</summary>
    public int CategoryMajorKey { get; set; }
}
