namespace VocEd.Reports.Charts;

/// <summary>A province's value on the tile map: null with <see cref="Suppressed"/> false means no data.</summary>
public sealed record ProvinceValue(string Code, string Name, double? Value, bool Suppressed = false);
