using System.Globalization;
using System.Text;

namespace VocEd.Reports.Delivery;

/// <summary>
/// The Chinese subject and body of a region's e-mail: which reports are attached, the headline numbers, what changed
/// since the last delivery of the subscription to the region, and the dashboards' link. Rates whose denominator is
/// below the disclosure minimum are withheld, as in the workbooks.
/// </summary>
public static class MessageText
{
    public static string Subject(string regionName, int year, IReadOnlyList<string> titles) =>
        string.Create(CultureInfo.InvariantCulture, $"【职业教育统计】{regionName} {year}学年 {string.Join("、", titles)}");

    public static string Body(
        string regionName, IReadOnlyList<string> files, RegionHeadlines? now, RegionHeadlines? before, DateTime? beforeAt, string? dashboardsLink, int minimumDenominator)
    {
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder();
        text.AppendLine("您好：").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{regionName}职业教育统计报告已更新，附件为本期工作簿：");
        foreach (var file in files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  · {file}");
        }

        text.AppendLine();
        if (now is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"主要数字（{now.Year}学年）：");
            text.AppendLine(CultureInfo.InvariantCulture, $"  学校 {Count(now.Schools)} 所，在校生 {Count(now.Students)} 人，毕业生 {Count(now.Graduates)} 人");
            text.AppendLine(CultureInfo.InvariantCulture, $"  毕业去向落实率 {Rate(now.PlacementRate, now.Graduates, minimumDenominator)}");
            if (now.MismatchIndex is { } mi)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  专业与产业错配指数（在校生对增加值） {mi.ToString("0.000", CultureInfo.InvariantCulture)}");
            }

            text.AppendLine();
            text.AppendLine(Changes(now, before, beforeAt, minimumDenominator));
            text.AppendLine();
        }

        if (!string.IsNullOrEmpty(dashboardsLink))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"在线看板：{dashboardsLink}").AppendLine();
        }

        text.AppendLine("本邮件由职业教育统计数据仓库按订阅自动发送，请勿直接回复。");
        return text.ToString();
    }

    private static string Changes(RegionHeadlines now, RegionHeadlines? before, DateTime? beforeAt, int minimumDenominator)
    {
        if (before is null)
        {
            return "这是本订阅向本地区的首次推送。";
        }

        var when = beforeAt is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at, Beijing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "上次";
        var parts = new List<string>();
        if (before.Year != now.Year)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"数据学年由{before.Year}学年更新为{now.Year}学年"));
        }

        void Delta(string name, int a, int b, string unit)
        {
            if (a != b)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {(b - a).ToString("+#,0;-#,0", CultureInfo.InvariantCulture)} {unit}（上次 {Count(a)}）"));
            }
        }

        Delta("学校", before.Schools, now.Schools, "所");
        Delta("在校生", before.Students, now.Students, "人");
        Delta("毕业生", before.Graduates, now.Graduates, "人");
        if (now.PlacementRate is { } p && before.PlacementRate is { } q && now.Graduates >= minimumDenominator && before.Graduates >= minimumDenominator && Math.Abs(p - q) >= 0.0005)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"毕业去向落实率 {((p - q) * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} 个百分点"));
        }

        if (now.MismatchIndex is { } m && before.MismatchIndex is { } n && Math.Abs(m - n) >= 0.0005)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"错配指数 {(m - n).ToString("+0.000;-0.000", CultureInfo.InvariantCulture)}"));
        }

        return parts.Count == 0
            ? $"与上次推送（{when}）相比，主要数字没有变化。"
            : $"与上次推送（{when}）相比：{string.Join("；", parts)}。";
    }

    private static TimeZoneInfo Beijing { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Rate(double? rate, int denominator, int minimumDenominator) => rate switch
    {
        null => "—",
        _ when denominator < minimumDenominator => "—（样本过小，不予公布）",
        { } r => (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
    };
}
