using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Workbooks;

/// <summary>An indicator's unit as officials write it: 所, 人, %, 元/月, 元/生; the registry's unit carries an English gloss too.</summary>
internal static class UnitText
{
    public static string Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = indicator.Unit;
        if (unit.StartsWith("fraction", StringComparison.Ordinal))
        {
            return "%";
        }

        if (unit.Length > 0 && unit[0] >= '\u2E80')
        {
            var gloss = unit.IndexOf(" (", StringComparison.Ordinal);
            return gloss < 0 ? unit : unit[..gloss];
        }

        return indicator.Kind == IndicatorKind.Ratio ? "比值" : string.Empty;
    }
}
