using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Queries;

/// <summary>
/// cube_quality rows read in one statement (a <see cref="CubeSlice"/>: one region or every region, one year or a span,
/// every school type or one) and their numbers by region, academic year and school type, disclosure control applied.
/// The quality report and the dashboards read every quality number through it, so a value, its withholding and its
/// comparisons are the same in a workbook and on a page.
/// </summary>
internal sealed class QualityFigures(CubeRows rows, int minimumDenominator)
{
    private const string _all = SchoolTypeNames.All;

    public bool Has(string region, int year, string schoolType = _all) => Row(region, year, schoolType) is not null;

    /// <summary>One indicator: none without a row, withheld when its denominator is below the minimum.</summary>
    public Figure Figure(string region, int year, string column, string schoolType = _all) =>
        rows.Figure(Row(region, year, schoolType), column, minimumDenominator);

    /// <summary>Every indicator of the row as figures (empty without a row).</summary>
    public IndicatorValues Values(string region, int year, string schoolType = _all) =>
        rows.Values(Row(region, year, schoolType), minimumDenominator);

    /// <summary>The value as the cube holds it, never withheld: what a policy threshold is tested against.</summary>
    public double? Number(string region, int year, string column, string schoolType = _all) =>
        Row(region, year, schoolType) is { } row ? rows.Number(row, column) : null;

    /// <summary>A count (0 without a row).</summary>
    public long Long(string region, int year, string column, string schoolType = _all) =>
        Row(region, year, schoolType) is { } row ? rows.Long(row, column) : 0;

    /// <summary>A flag column (student_count_mismatch), or null without a row or value.</summary>
    public bool? Flag(string region, int year, string column, string schoolType = _all) =>
        Row(region, year, schoolType) is { } row ? rows.Get(row, column) as bool? : null;

    /// <summary>
    /// An indicator of <paramref name="scope"/> in <paramref name="year"/> against the nation's, the parent region's
    /// (none for the nation) and its own last year's, with the change (percentage points for rates). The region's own
    /// years come from these rows, the nation and parent from <paramref name="regions"/> (these rows when null).
    /// </summary>
    public KpiRow Compare(string column, ReportScope scope, int year, QualityFigures? regions = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var others = regions ?? this;
        var value = Figure(scope.Code, year, column);
        var before = Figure(scope.Code, year - 1, column);
        return new KpiRow(
            column,
            value,
            others.Figure(ReportScope.NationCode, year, column),
            scope.ParentCode is { } parent ? others.Figure(parent, year, column) : Models.Figure.None,
            before,
            value.ChangeFrom(before, InPoints(QualityIndicators.Get(column))));
    }

    /// <summary>The academic years of the rows read, in order.</summary>
    public IReadOnlyList<int> Years() => [.. rows.Rows.Select(r => (int)rows.Long(r, "academic_year")).Distinct().Order()];

    /// <summary>The latest refreshed_at of the rows of <paramref name="year"/> (of all rows when null), or null when there are none.</summary>
    public DateTime? RefreshedAt(int? year = null) => year is { } y
        ? rows.Where(("academic_year", (long)y)).Select(r => rows.Get(r, "refreshed_at")).OfType<DateTime>().Select(d => (DateTime?)d).Max()
        : rows.RefreshedAt();

    /// <summary>Rates and fractions change in percentage points; everything else in its own unit.</summary>
    private static bool InPoints(Indicator indicator) => indicator.Unit.StartsWith("fraction", StringComparison.Ordinal);

    private object?[]? Row(string region, int year, string schoolType) =>
        rows.Find(("region_code", region), ("academic_year", (long)year), ("school_type", schoolType));
}
