namespace VocEd.Warehouse.Indicators;

/// <summary>A key column of a cube and what it means.</summary>
public sealed record CubeKeyColumn(string Name, string Meaning);
