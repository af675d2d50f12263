namespace VocEd.Reports.Models;

/// <summary>One priority of 重点产业覆盖 (key, strategic_emerging, future): crosswalk-weighted enrollment in its sections and its share.</summary>
public sealed record PriorityCoverageRow(string Priority, string NameZh, double Students, Figure Share);
