namespace VocEd.Reports.Catalog;

/// <summary>The published sheet names (an official's macro or a forwarded link may name them).</summary>
public static class SheetNames
{
    public const string Overview = "概览";
    public const string Regions = "分地区";
    public const string SchoolTypes = "分类型";
    public const string Trend = "趋势";
    public const string Destinations = "毕业去向";
    public const string DataQuality = "数据质量";
    public const string Notes = "说明";
    public const string Sections = "行业结构";
    public const string Sectors = "三次产业";
    public const string GraduateFit = "毕业生适配";
    public const string PriorityCoverage = "重点产业覆盖";
}
