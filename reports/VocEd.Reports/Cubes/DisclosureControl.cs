namespace VocEd.Reports.Cubes;

/// <summary>
/// Disclosure control (docs/cubes.md) for exports and reports: a rate or salary statistic whose denominator
/// (the registry's DenominatorColumn) is below the minimum is written empty, and the row's
/// `suppressed` column says so. The cubes themselves keep exact values.
/// </summary>
public static class DisclosureControl
{
    public const int DefaultMinimumDenominator = 5;

    public static CubeTable Apply(CubeTable table, int minimumDenominator)
    {
        ArgumentNullException.ThrowIfNull(table);
        var controlled = table.Columns
            .Select((c, i) => (Index: i, Denominator: c.Indicator is { IsDisclosureControlled: true } ind ? table.IndexOf(ind.DenominatorColumn ?? string.Empty) : -1))
            .Where(x => x.Denominator >= 0)
            .ToList();
        var columns = table.Columns.Append(new CubeColumn("suppressed", CubeColumnType.Boolean, null, $"true when a rate or salary statistic of the row was left empty because its denominator is below {minimumDenominator}")).ToList();
        var rows = table.Rows.Select(row =>
        {
            var copy = new object?[row.Length + 1];
            Array.Copy(row, copy, row.Length);
            var suppressed = false;
            foreach (var (index, denominator) in controlled)
            {
                if (copy[index] is not null && copy[denominator] is long n && n < minimumDenominator)
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
