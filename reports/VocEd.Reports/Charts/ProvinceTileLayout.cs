namespace VocEd.Reports.Charts;

/// <summary>
/// Where each of the 31 provinces (GB/T 2260 codes) sits on the tile-grid map: one equal square each, placed by
/// approximate geography on an 8 × 8 grid (column 0 west, row 0 north), so no province's size hides another's colour.
/// </summary>
public static class ProvinceTileLayout
{
    public const int Columns = 8;
    public const int Rows = 8;

    /// <summary>Province code → (column, row).</summary>
    public static IReadOnlyDictionary<string, (int Column, int Row)> Tiles { get; } = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["23"] = (7, 0), // 黑龙江
        ["15"] = (4, 1), // 内蒙古
        ["11"] = (5, 1), // 北京
        ["21"] = (6, 1), // 辽宁
        ["22"] = (7, 1), // 吉林
        ["65"] = (0, 2), // 新疆
        ["64"] = (3, 2), // 宁夏
        ["14"] = (4, 2), // 山西
        ["13"] = (5, 2), // 河北
        ["12"] = (6, 2), // 天津
        ["54"] = (0, 3), // 西藏
        ["63"] = (1, 3), // 青海
        ["62"] = (2, 3), // 甘肃
        ["61"] = (3, 3), // 陕西
        ["41"] = (4, 3), // 河南
        ["37"] = (5, 3), // 山东
        ["51"] = (2, 4), // 四川
        ["50"] = (3, 4), // 重庆
        ["42"] = (4, 4), // 湖北
        ["34"] = (5, 4), // 安徽
        ["32"] = (6, 4), // 江苏
        ["31"] = (7, 4), // 上海
        ["53"] = (2, 5), // 云南
        ["52"] = (3, 5), // 贵州
        ["43"] = (4, 5), // 湖南
        ["36"] = (5, 5), // 江西
        ["33"] = (6, 5), // 浙江
        ["45"] = (3, 6), // 广西
        ["44"] = (4, 6), // 广东
        ["35"] = (5, 6), // 福建
        ["46"] = (4, 7), // 海南
    };

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
