using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Workbooks;

/// <summary>
/// Number formats of the workbooks: the value in a cell is the cube's, unrounded; only the format rounds what is
/// shown. Rates are fractions shown as percentages, money has a thousands separator and 元, ratios two decimals.
/// </summary>
internal static class NumberFormats
{
    public const string Text = "@";

    public static string? For(CellKind kind) => kind switch
    {
        CellKind.Text or CellKind.SubmittedText or CellKind.Code or CellKind.YesNo => Text,
        CellKind.Year => "0",
        CellKind.Count => "#,##0",
        CellKind.Percent => "0.0%",
        CellKind.Money => "#,##0\" 元\"",
        CellKind.Ratio => "0.00",
        CellKind.Index => "0.000",
        CellKind.Degrees => "0.0\"°\"",
        CellKind.Amount => "#,##0.0",
        CellKind.PointsChange => "+0.0\" 个百分点\";-0.0\" 个百分点\";0.0\" 个百分点\"",
        CellKind.CountChange => "+#,##0;-#,##0;0",
        CellKind.MoneyChange => "+#,##0\" 元\";-#,##0\" 元\";0\" 元\"",
        CellKind.RatioChange => "+0.00;-0.00;0.00",
        CellKind.IndexChange => "+0.000;-0.000;0.000",
        CellKind.DegreesChange => "+0.0\"°\";-0.0\"°\";0.0\"°\"",
        _ => null,
    };

    /// <summary>How an indicator of the registry is shown.</summary>
    public static CellKind KindOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Kind switch
        {
            IndicatorKind.Count => CellKind.Count,
            IndicatorKind.Rate or IndicatorKind.Share => CellKind.Percent,
            IndicatorKind.Salary => CellKind.Money,
            IndicatorKind.Ratio when indicator.Unit.StartsWith("fraction", StringComparison.Ordinal) => CellKind.Percent,
            IndicatorKind.Ratio when indicator.Unit.StartsWith('元') => CellKind.Money,
            IndicatorKind.Ratio => CellKind.Ratio,
            IndicatorKind.Index when indicator.Unit.StartsWith("degrees", StringComparison.Ordinal) => CellKind.Degrees,
            IndicatorKind.Index when indicator.Unit.StartsWith("index", StringComparison.Ordinal) => CellKind.Index,
            IndicatorKind.Index => CellKind.Ratio,
            _ => CellKind.Amount,
        };
    }

    /// <summary>How the change of a value of <paramref name="kind"/> is shown (rates in percentage points).</summary>
    public static CellKind ChangeOf(CellKind kind) => kind switch
    {
        CellKind.Percent => CellKind.PointsChange,
        CellKind.Count => CellKind.CountChange,
        CellKind.Money => CellKind.MoneyChange,
        CellKind.Index => CellKind.IndexChange,
        CellKind.Degrees => CellKind.DegreesChange,
        _ => CellKind.RatioChange,
    };
}
