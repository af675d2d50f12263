namespace VocEd.Reports.Charts;

/// <summary>
/// Where each of the 31 provinces (GB/T 2260 codes) sits on the tile-grid map: one equal square each, placed by
/// approximate geography on an 8 × 8 grid (column 0 west, row 0 north), so no province's size hides another's colour.
/// </summary>
public static class ProvinceTileLayout
{
    public const int Columns = 8;
    public const int Rows = 8;

    /// <summary>Province code → its tile. Every tile is labelled from here, so a province missing from a map's data still shows its name.</summary>
    public static IReadOnlyDictionary<string, ProvinceTile> Tiles { get; } = new ProvinceTile[]
    {
        new("23", "黑龙江", 7, 0),
        new("15", "内蒙古", 4, 1),
        new("11", "北京", 5, 1),
        new("21", "辽宁", 6, 1),
        new("22", "吉林", 7, 1),
        new("65", "新疆", 0, 2),
        new("64", "宁夏", 3, 2),
        new("14", "山西", 4, 2),
        new("13", "河北", 5, 2),
        new("12", "天津", 6, 2),
        new("54", "西藏", 0, 3),
        new("63", "青海", 1, 3),
        new("62", "甘肃", 2, 3),
        new("61", "陕西", 3, 3),
        new("41", "河南", 4, 3),
        new("37", "山东", 5, 3),
        new("51", "四川", 2, 4),
        new("50", "重庆", 3, 4),
        new("42", "湖北", 4, 4),
        new("34", "安徽", 5, 4),
        new("32", "江苏", 6, 4),
        new("31", "上海", 7, 4),
        new("53", "云南", 2, 5),
        new("52", "贵州", 3, 5),
        new("43", "湖南", 4, 5),
        new("36", "江西", 5, 5),
        new("33", "浙江", 6, 5),
        new("45", "广西", 3, 6),
        new("44", "广东", 4, 6),
        new("35", "福建", 5, 6),
        new("46", "海南", 4, 7),
    }.ToDictionary(t => t.Code, StringComparer.Ordinal);

    private static readonly string[] _suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];

    /// <summary>The name a tile has room for: 广西壮族自治区 → 广西, 北京市 → 北京.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var suffix in _suffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
