using VocEd.Reports.Models;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Workbooks;

/// <summary>Table columns for registry indicators: the Chinese name as header, the kind from the indicator, the denominator named for a withheld value.</summary>
internal static class IndicatorColumns
{
    public static Column<T> Of<T>(Indicator indicator, Func<T, Figure> value, Func<T, bool>? flag = null) =>
        new(indicator.NameZh, NumberFormats.KindOf(indicator), row => value(row), DenominatorName(indicator), flag);

    /// <summary>The Chinese name of the count a rate or salary statistic is taken over (毕业生数, 就业毕业生数 …).</summary>
    public static string? DenominatorName(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.DenominatorColumn is { } column ? IndicatorRegistry.Find(indicator.Cube, column)?.NameZh ?? column : null;
    }
}
