namespace VocEd.Reports.Models;

/// <summary>One row of 分类型: a school type of the scope with every cube_quality indicator and the thresholds it misses (cube columns).</summary>
public sealed record SchoolTypeRow(string SchoolType, string Name, IndicatorValues Values, IReadOnlySet<string> BreachedColumns);
