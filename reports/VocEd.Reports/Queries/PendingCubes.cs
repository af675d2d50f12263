namespace VocEd.Reports.Queries;

/// <summary>
/// The one-line notes of sheets whose cubes the warehouse does not build yet. Each names what is missing in the
/// officials' words; the query that returns it carries a TODO naming the cube.
/// </summary>
internal static class PendingCubes
{
    public const string SchoolRows = "暂无学校明细数据：按学校列示的质量指标（cube_quality_school）尚未纳入数据仓库。";
    public const string DestinationGroups = "暂无毕业去向分组数据：按去向分组的毕业生数（cube_destination）尚未纳入数据仓库；下表为本地就业率。";
    public const string SubmissionStatus = "暂无报送情况数据：各校报送状态（cube_submission_status）尚未纳入数据仓库。";
    public const string PriorityCoverage = "暂无重点产业覆盖数据：在校生的重点产业覆盖（cube_priority_coverage）尚未纳入数据仓库。";
}
