namespace VocEd.Warehouse.Indicators;

/// <summary>
/// One indicator, defined once: where it lives (cube and column), its names, how it is computed and
/// where the definition comes from. <see cref="DenominatorColumn"/> names the cube column that
/// disclosure control compares with the minimum (rates and salary statistics only).
/// </summary>
public sealed record Indicator(
    string Id,
    string Cube,
    string Column,
    IndicatorKind Kind,
    string NameZh,
    string NameEn,
    string Numerator,
    string Denominator,
    string Unit,
    string Formula,
    string Source,
    string? DenominatorColumn = null)
{
    /// <summary>True when exports suppress the value for a small denominator.</summary>
    public bool IsDisclosureControlled => DenominatorColumn is not null && Kind is IndicatorKind.Rate or IndicatorKind.Salary;
}
