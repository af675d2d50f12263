using System.Globalization;
using System.Text;
using VocEd.Reports.Formatting;

namespace VocEd.Reports.Dashboards;

/// <summary>
/// The HTML of one page: breadcrumbs back up, the indicator tiles against the parent region and last year, the
/// alignment panel, each chart with its numbers in a table beside it, and the drill-down table. Every link is
/// relative; a link to a page outside the rendered scope (or with no page) is plain text.
/// </summary>
internal static class DashboardPageWriter
{
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    /// <param name="site">The site the page belongs to.</param>
    /// <param name="page">The page.</param>
    /// <param name="linkable">Codes of the pages written in this render: only these are linked to.</param>
    /// <param name="charts">The page's charts, in order, drawn into assets/charts/ under their file stems.</param>
    public static string Write(DashboardSite site, DashboardPage page, IReadOnlySet<string> linkable, IReadOnlyList<PageChart> charts)
    {
        var code = page.Region.Code;
        var title = $"{page.Region.Name}职业教育质量与产教适配";
        var html = new StringBuilder(32 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} · {site.AcademicYear}学年</title>
            <link rel="icon" href="{SitePaths.Asset(code, "favicon.svg")}" type="image/svg+xml">
            <link rel="stylesheet" href="{SitePaths.Asset(code, "site.css")}">
            </head>
            <body data-region="{Html.Encode(code)}" data-level="{Html.Encode(page.Region.Level)}">
            <header class="site-header">

            """);
        Breadcrumbs(html, page, linkable);
        var asOf = DateTime.SpecifyKind(site.DataAsOfUtc, DateTimeKind.Utc).Add(_beijing);
        html.Append(CultureInfo.InvariantCulture, $"""
            <h1>{Html.Encode(title)}</h1>
            <p class="meta"><span>{site.AcademicYear}学年（{site.AcademicYear}-{site.AcademicYear + 1}学年，毕业生为 {site.AcademicYear + 1} 届）</span>
            <span class="as-of">数据截至 {asOf:yyyy-MM-dd HH:mm}（北京时间）</span></p>
            </header>
            <main>

            """);
        Tiles(html, "kpis", "主要指标", page.Kpis, ParentName(page));
        Alignment(html, page);
        foreach (var chart in charts)
        {
            Chart(html, code, chart);
        }

        Children(html, page, linkable);
        html.Append(CultureInfo.InvariantCulture, $"""
            </main>
            <footer class="site-footer">
            <p><span class="na">{ValueText.Missing}</span> 表示不显示的数值：悬停可见原因。“样本不足”表示分母小于 {site.MinimumDenominator}（毕业生、就业毕业生或在籍学生），依公开规则不予公开；“无数据”表示该地区本学年没有相应的报送。</p>
            <p>比率为分子 ÷ 分母；“变化”为本学年减上学年，比率以个百分点计。本站由 VocEd Warehouse 从数据立方生成，可离线打开。</p>
            </footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string? ParentName(DashboardPage page) => page.Ancestors.Count == 0 ? null : page.Ancestors[^1].Name;

    private static void Breadcrumbs(StringBuilder html, DashboardPage page, IReadOnlySet<string> linkable)
    {
        html.Append("<nav class=\"breadcrumbs\" aria-label=\"位置\"><ol>");
        foreach (var ancestor in page.Ancestors)
        {
            var name = Html.Encode(ancestor.Code == SitePaths.Nation ? "全国" : ancestor.Name);
            html.Append(linkable.Contains(ancestor.Code)
                ? $"<li><a href=\"{SitePaths.Link(page.Region.Code, ancestor.Code)}\" data-region=\"{Html.Encode(ancestor.Code)}\">{name}</a></li>"
                : $"<li><span>{name}</span></li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<li aria-current=\"page\">{Html.Encode(page.Region.Code == SitePaths.Nation ? "全国" : page.Region.Name)}</li></ol></nav>\n");
    }

    private static void Tiles(StringBuilder html, string id, string heading, IReadOnlyList<KpiTile> tiles, string? parentName, int level = 2)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"tiles-section\" id=\"{id}\" aria-labelledby=\"{id}-h\"><h{level} id=\"{id}-h\">{Html.Encode(heading)}</h{level}>\n<div class=\"tiles\">\n");
        foreach (var tile in tiles)
        {
            Tile(html, tile, parentName);
        }

        html.Append("</div></section>\n");
    }

    private static void Tile(StringBuilder html, KpiTile tile, string? parentName)
    {
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"tile\" data-indicator=\"{Html.Encode(tile.Indicator)}\"{Html.DataAttributes(tile.Current)}>")
            .Append(CultureInfo.InvariantCulture, $"<h3>{Html.Encode(tile.Label)}</h3>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"value\">{Html.Value(tile.Current, tile.Format, spell: true)}</p>\n<dl class=\"compare\">");
        if (tile.Parent is { } parent)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div><dt>{Html.Encode(parentName ?? "上级")}</dt><dd data-role=\"parent\"{Html.DataAttributes(parent)}>{Html.Value(parent, tile.Format)}</dd></div>");
        }

        var change = tile.Change;
        var direction = change is { } c ? ValueText.Direction(c, tile.Format) switch { > 0 => " up", < 0 => " down", _ => string.Empty } : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>上年</dt><dd data-role=\"last-year\"{Html.DataAttributes(tile.LastYear)}>{Html.Value(tile.LastYear, tile.Format)}</dd></div>")
            .Append(CultureInfo.InvariantCulture, $"<div><dt>变化</dt><dd data-role=\"change\" class=\"change{direction}\">{Html.Encode(ValueText.Change(change, tile.Format))}</dd></div></dl>");
        if (tile.Note is { Length: > 0 } note)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode(note)}</p>");
        }

        html.Append("</article>\n");
    }

    private static void Alignment(StringBuilder html, DashboardPage page)
    {
        var panel = page.Alignment;
        html.Append("<section class=\"alignment\" id=\"alignment\" aria-labelledby=\"alignment-h\"><h2 id=\"alignment-h\">产教适配：总量、结构、质量</h2>\n");
        if (panel.Note is { Length: > 0 } note)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode(note)}</p>\n");
        }

        var parentName = ParentName(page);
        foreach (var (id, heading, tiles) in new[] { ("volume", "总量", panel.Volume), ("structure", "结构", panel.Structure), ("quality", "质量", panel.Quality) })
        {
            if (tiles.Count > 0)
            {
                Tiles(html, id, heading, tiles, parentName, level: 3);
            }
        }

        html.Append("</section>\n");
    }

    private static void Chart(StringBuilder html, string code, PageChart chart)
    {
        var stem = chart.FileStem(code);
        html.Append(CultureInfo.InvariantCulture, $"""
            <section class="chart" id="{chart.Id}" aria-labelledby="{chart.Id}-h"><h2 id="{chart.Id}-h">{Html.Encode(chart.Heading)}</h2>
            <div class="chart-row">
            <figure><a href="{SitePaths.Asset(code, $"charts/{stem}.svg")}" title="矢量图（SVG）"><img src="{SitePaths.Asset(code, $"charts/{stem}.png")}" width="{chart.Width}" height="{chart.Height}" alt="{Html.Encode(chart.Heading)}（数值见右表）"></a>
            <figcaption>{Html.Encode(chart.Caption)}</figcaption></figure>
            {chart.Table}
            </div></section>

            """);
    }

    private static void Children(StringBuilder html, DashboardPage page, IReadOnlySet<string> linkable)
    {
        var table = page.Children;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"children\" id=\"children\" aria-labelledby=\"children-h\"><h2 id=\"children-h\">{Html.Encode(table.Caption)}</h2>\n");
        if (table.Note is { Length: > 0 } note)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Encode(note)}</p>\n");
        }

        if (table.Rows.Count > 0)
        {
            html.Append("<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr><th scope=\"col\">地区</th>");
            foreach (var column in table.Columns)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(column.Heading)}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                var name = Html.Encode(row.Region.Name);
                var cell = row.HasPage && linkable.Contains(row.Region.Code)
                    ? $"<a href=\"{SitePaths.Link(page.Region.Code, row.Region.Code)}\" data-region=\"{Html.Encode(row.Region.Code)}\">{name}</a>"
                    : name;
                html.Append(CultureInfo.InvariantCulture, $"<tr data-region=\"{Html.Encode(row.Region.Code)}\"><th scope=\"row\">{cell}</th>");
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    html.Append(Html.Cell(i < row.Values.Count ? row.Values[i] : DashboardValue.None, table.Columns[i].Format));
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        html.Append("</section>\n");
    }
}
