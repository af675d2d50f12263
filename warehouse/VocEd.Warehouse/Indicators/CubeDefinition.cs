namespace VocEd.Warehouse.Indicators;

/// <summary>
/// One published cube: its table, grain, key columns (with meanings), descriptive columns beside the key (a name for a
/// code), from the registry, its indicators, and flags (true/false columns that qualify a row's indicators).
/// </summary>
public sealed record CubeDefinition(string Table, string Grain, IReadOnlyList<CubeKeyColumn> Keys, IReadOnlyList<CubeKeyColumn>? Labels = null,
    IReadOnlyList<CubeKeyColumn>? FlagColumns = null)
{
    public IReadOnlyList<Indicator> Indicators => IndicatorRegistry.ForCube(Table);

    /// <summary>Text columns that describe a key (none for most cubes).</summary>
    public IReadOnlyList<CubeKeyColumn> Descriptions => Labels ?? [];

    /// <summary>Boolean columns that qualify a row's indicators (none for most cubes).</summary>
    public IReadOnlyList<CubeKeyColumn> Flags => FlagColumns ?? [];

    /// <summary>Every column in export order: keys, descriptions, indicators, flags, refreshed_at.</summary>
    public IReadOnlyList<string> Columns =>
        [.. Keys.Select(k => k.Name), .. Descriptions.Select(d => d.Name), .. Indicators.Select(i => i.Column), .. Flags.Select(f => f.Name), "refreshed_at"];
}
