namespace VocEd.Warehouse.Admin;

/// <summary>An analyst view (v_ prefix): its name, what one row is, its columns with meanings, and its SELECT (the same on every provider).</summary>
public sealed record WarehouseView(string Name, string Grain, IReadOnlyList<(string Column, string Meaning)> Columns, string Select);
