namespace VocEd.Reports.Cubes;

/// <summary>One region's headline numbers.</summary>
public sealed record CubeHeadline(string RegionCode, string RegionLevel, int Schools, int Students, int Graduates, double? PlacementRate, double? MismatchIndex);
