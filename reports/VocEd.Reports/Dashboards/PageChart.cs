using VocEd.Reports.Charts;

namespace VocEd.Reports.Dashboards;

/// <summary>A chart of a page: its file stem under assets/charts/, heading, how to draw it, and the HTML table of its numbers.</summary>
internal sealed record PageChart(string Id, string Heading, string Caption, Func<RenderedChart> Draw, string Table, int Width, int Height)
{
    /// <summary>The chart's file name without extension, unique in the site: region code and chart id.</summary>
    public string FileStem(string regionCode) => $"{regionCode}-{Id}";
}
