namespace VocEd.Reports.Dashboards;

/// <summary>
/// The files under assets/ that every page uses: the style sheet and the favicon. No web font and no script:
/// pages use the reader's own CJK font (the charts carry theirs in their pixels), so the site needs nothing
/// from outside its folder.
/// </summary>
internal static class DashboardAssets
{
    public const string FaviconSvg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2B6CB0"/><rect x="6" y="17" width="5" height="9" fill="#fff"/><rect x="13.5" y="11" width="5" height="15" fill="#fff"/><rect x="21" y="6" width="5" height="20" fill="#DD6B20"/></svg>

        """;

    /// <summary>
    /// The style sheet. A change is marked ▲/▼ in the text's own colour, not green and red: whether a rise is good
    /// depends on the indicator (流失率, 生师比 and 错配指数 rise for the worse).
    /// </summary>
    public const string Css = """
        :root { --ink: #1a202c; --muted: #5a6577; --line: #d9dee7; --bg: #f5f7fa; --card: #fff; --supply: #2b6cb0; --demand: #dd6b20; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--ink); line-height: 1.5;
          font-family: "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; }
        a { color: var(--supply); }
        .site-header, main, .site-footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
        .site-header { padding-top: 12px; }
        h1 { font-size: 1.5rem; margin: 0.25rem 0; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1rem; margin: 0.75rem 0 0.5rem; }
        .meta { color: var(--muted); margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0 1rem; }
        .breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; font-size: 0.9rem; }
        .breadcrumbs li + li::before { content: "›"; color: var(--muted); padding: 0 0.4rem; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr)); gap: 10px; }
        .tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; min-width: 0; }
        .tile h3 { font-size: 0.9rem; font-weight: normal; color: var(--muted); margin: 0; }
        .tile .value { font-size: 1.5rem; font-weight: bold; margin: 0.1rem 0 0.3rem; overflow-wrap: anywhere; }
        .tile .note { font-size: 0.8rem; color: var(--muted); margin: 0.3rem 0 0; }
        .compare { margin: 0; font-size: 0.85rem; }
        .compare div { display: flex; justify-content: space-between; gap: 0.5rem; }
        .compare dt { color: var(--muted); min-width: 0; overflow-wrap: anywhere; }
        .compare dd { margin: 0; text-align: right; }
        .change.up::before { content: "▲ "; font-size: 0.7em; }
        .change.down::before { content: "▼ "; font-size: 0.7em; }
        .na { color: var(--muted); cursor: help; }
        .why { font-size: 0.75rem; font-weight: normal; color: var(--muted); margin-left: 0.4rem; }
        .note { color: var(--muted); }
        .alignment .tiles-section h3 { margin-top: 0.5rem; }
        .chart-row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
        figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px; min-width: 0; }
        figure img { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.4rem; }
        .table-wrap { max-width: 100%; overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
        table.data { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
        table.data th, table.data td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        table.data thead th { background: #edf1f7; position: sticky; top: 0; }
        table.data td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .site-footer { color: var(--muted); font-size: 0.85rem; margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
        @media (max-width: 800px) {
          .chart-row { grid-template-columns: minmax(0, 1fr); }
          h1 { font-size: 1.25rem; }
          .tiles { grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); }
        }
        @media print {
          body { background: #fff; }
          .chart-row { grid-template-columns: minmax(0, 1fr); }
          .chart, .tile { break-inside: avoid; }
        }

        """;
}
