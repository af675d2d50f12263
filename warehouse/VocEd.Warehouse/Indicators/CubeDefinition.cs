namespace VocEd.Warehouse.Indicators;

/// <summary>One published cube: its table, grain, key columns (with meanings) and, from the registry, its indicators.</summary>
public sealed record CubeDefinition(string Table, string Grain, IReadOnlyList<CubeKeyColumn> Keys)
{
    public IReadOnlyList<Indicator> Indicators => IndicatorRegistry.ForCube(Table);

    /// <summary>Every column in export order: keys, indicators, refreshed_at.</summary>
    public IReadOnlyList<string> Columns => [.. Keys.Select(k => k.Name), .. Indicators.Select(i => i.Column), "refreshed_at"];
}
