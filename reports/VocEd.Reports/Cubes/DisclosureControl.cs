using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Cubes;

/// <summary>
/// Disclosure control (docs/cubes.md) for exports and reports: a rate or salary statistic whose denominator
/// (the registry's DenominatorColumn) is below the minimum is written empty, and the row's
/// `suppressed` column says so. The cubes themselves keep exact values.
/// </summary>
public static class DisclosureControl
{
    public const int DefaultMinimumDenominator = 5;

    /// <summary>True when <paramref name="indicator"/> is a rate or salary statistic and its denominator is below the minimum: its value is not published.</summary>
    public static bool Withholds(Indicator indicator, long denominator, int minimumDenominator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.IsDisclosureControlled && denominator < minimumDenominator;
    }

    /// <summary>The rule in the officials' words, for the 说明 sheet and every note on a withheld value.</summary>
    public static string RuleZh(int minimumDenominator) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"披露控制：比率和收入类指标的分母（毕业生数、就业毕业生数或在籍学生数）小于{minimumDenominator}时不予公布，单元格留空并注明原因；人数类指标照常公布。");

    public static CubeTable Apply(CubeTable table, int minimumDenominator)
    {
        ArgumentNullException.ThrowIfNull(table);
        var controlled = table.Columns
            .Select((c, i) => (Index: i, c.Indicator, Denominator: c.Indicator is { IsDisclosureControlled: true } ind ? table.IndexOf(ind.DenominatorColumn ?? string.Empty) : -1))
            .Where(x => x.Denominator >= 0)
            .ToList();
        var columns = table.Columns.Append(new CubeColumn("suppressed", CubeColumnType.Boolean, null, $"true when a rate or salary statistic of the row was left empty because its denominator is below {minimumDenominator}")).ToList();
        var rows = table.Rows.Select(row =>
        {
            var copy = new object?[row.Length + 1];
            Array.Copy(row, copy, row.Length);
            var suppressed = false;
            foreach (var (index, indicator, denominator) in controlled)
            {
                if (copy[index] is not null && copy[denominator] is long n && Withholds(indicator!, n, minimumDenominator))
                {
                    copy[index] = null;
                    suppressed = true;
                }
            }

            copy[row.Length] = suppressed;
            return copy;
        }).ToList();
        return new CubeTable(table.Name, columns, rows);
    }
}
