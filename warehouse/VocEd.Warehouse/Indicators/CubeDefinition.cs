namespace VocEd.Warehouse.Indicators;

/// <summary>
/// One published cube: its table, grain, key columns (with meanings), descriptive columns (<see cref="Attributes"/>,
/// after the keys) and, from the registry, its indicators.
/// </summary>
public sealed record CubeDefinition(string Table, string Grain, IReadOnlyList<CubeKeyColumn> Keys)
{
    /// <summary>Descriptive columns, in export order after the keys (a name beside a code, a school's place; none for most region cubes).</summary>
    public IReadOnlyList<CubeDescriptiveColumn> Attributes { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators => IndicatorRegistry.ForCube(Table);

    /// <summary>Whether the cube's rows carry a region_code (a region cube) rather than a school_code.</summary>
    public bool HasRegionCode => Keys.Any(k => string.Equals(k.Name, "region_code", StringComparison.Ordinal));

    /// <summary>Every column in export order: keys, attributes, indicators, refreshed_at.</summary>
    public IReadOnlyList<string> Columns => [.. Keys.Select(k => k.Name), .. Attributes.Select(a => a.Name), .. Indicators.Select(i => i.Column), "refreshed_at"];
}
