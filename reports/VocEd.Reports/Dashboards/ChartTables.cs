using System.Globalization;
using System.Text;
using VocEd.Reports.Charts;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Dashboards;

/// <summary>The charts a page has data for, each with the table of the numbers it draws (so no number is only in a picture).</summary>
internal static class ChartTables
{
    public static IReadOnlyList<PageChart> For(DashboardPage page)
    {
        var charts = new List<PageChart>();
        if (page.ProvinceMap is { } map)
        {
            charts.Add(new PageChart("map", $"各省{map.IndicatorName}", "各省一格，颜色越深数值越高；灰色为无数据或样本不足。", () => ProvinceTileMap.Render(map), Map(map), ProvinceTileMap.Width, ProvinceTileMap.Height));
        }

        if (page.Trends is { } trends)
        {
            charts.Add(new PageChart("trends", "主要指标趋势", "近年各学年的数值；断开处为无数据或样本不足。", () => TrendChart.Render(trends), Trends(trends), TrendChart.Width, TrendChart.Height));
        }

        if (page.SectionShares is { } shares)
        {
            charts.Add(new PageChart("sections", "行业结构：供给与需求占比", $"按国民经济行业门类（GB/T 4754），{shares.SupplyLabel}与{shares.DemandLabel}。", () => SectionShareChart.Render(shares), Shares(shares), SectionShareChart.Width, SectionShareChart.Height));
        }

        if (page.LocationQuotients is { } quotients)
        {
            charts.Add(new PageChart("quotients", "区位熵：供给与需求", "区位熵 = 本地区占比 ÷ 全国占比；对角线右下方的门类，供给相对需求偏多。", () => LocationQuotientChart.Render(quotients), Quotients(quotients), LocationQuotientChart.Width, LocationQuotientChart.Height));
        }

        return charts;
    }

    private static string Map(ProvinceTileMapModel model)
    {
        var html = Start(["省份", model.IndicatorName]);
        foreach (var province in model.Provinces.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Html.Encode(province.Name)}</th>")
                .Append(Html.Cell(new DashboardValue(province.Value, province.Suppressed && province.Value is null), model.Format))
                .Append("</tr>\n");
        }

        return End(html);
    }

    private static string Trends(TrendChartModel model)
    {
        var html = Start(["学年", .. model.Series.Select(s => s.Name)]);
        for (var i = 0; i < model.Years.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{model.Years[i]}学年</th>");
            foreach (var series in model.Series)
            {
                html.Append(Html.ChartCell(i < series.Values.Count ? series.Values[i] : null, model.Format));
            }

            html.Append("</tr>\n");
        }

        return End(html);
    }

    private static string Shares(SectionShareChartModel model)
    {
        var html = Start(["门类", model.SupplyLabel, model.DemandLabel, "结构偏离度"]);
        foreach (var section in model.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Html.Encode(section.Code)} {Html.Encode(section.Name)}</th>")
                .Append(Html.ChartCell(section.SupplyShare, ValueFormat.Percent))
                .Append(Html.ChartCell(section.DemandShare, ValueFormat.Percent))
                .Append(Html.ChartCell(section.StructuralDeviation, ValueFormat.Ratio))
                .Append("</tr>\n");
        }

        return End(html);
    }

    private static string Quotients(LocationQuotientChartModel model)
    {
        var html = Start(["门类", "供给区位熵", "需求区位熵"]);
        foreach (var section in model.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Html.Encode(section.Code)} {Html.Encode(section.Name)}</th>")
                .Append(Html.ChartCell(section.Supply, ValueFormat.Ratio))
                .Append(Html.ChartCell(section.Demand, ValueFormat.Ratio))
                .Append("</tr>\n");
        }

        return End(html);
    }

    private static StringBuilder Start(IEnumerable<string> headings)
    {
        var html = new StringBuilder("<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(heading)).Append("</th>");
        }

        return html.Append("</tr></thead>\n<tbody>\n");
    }

    private static string End(StringBuilder html) => html.Append("</tbody></table></div>").ToString();
}
