namespace VocEd.Warehouse.Indicators;

/// <summary>A descriptive column of a cube (a school's name, a submission's status …): neither key nor indicator.</summary>
public sealed record CubeDescriptiveColumn(string Name, CubeDescriptiveType Type, string Meaning);
