namespace VocEd.Reports.Models;

/// <summary>One academic year of the 趋势 sheet (the scope, all school types).</summary>
public sealed record TrendRow(int Year, IndicatorValues Values);
