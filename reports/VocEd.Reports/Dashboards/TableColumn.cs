using VocEd.Reports.Formatting;

namespace VocEd.Reports.Dashboards;

/// <summary>A numeric column of a page's table: its heading and how its values are shown.</summary>
public sealed record TableColumn(string Heading, ValueFormat Format);
