namespace VocEd.Reports.Models;

/// <summary>The school types of the cubes in report order, with the short names officials use.</summary>
public static class SchoolTypeNames
{
    public const string All = "all";

    public static IReadOnlyList<string> Types { get; } = ["secondary", "associate", "bachelor", "technical"];

    public static string Name(string type) => type switch
    {
        All => "全部",
        "secondary" => "中职",
        "associate" => "高职专科",
        "bachelor" => "职业本科",
        "technical" => "技工院校",
        _ => type,
    };
}
