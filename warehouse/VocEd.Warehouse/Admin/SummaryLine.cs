namespace VocEd.Warehouse.Admin;

/// <summary>One line of a <see cref="WarehouseSummary"/>.</summary>
public sealed record SummaryLine(string Label, int Count);
