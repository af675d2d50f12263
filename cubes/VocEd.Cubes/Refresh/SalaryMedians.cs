using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using VocEd.Cubes.Sql;
using VocEd.Warehouse.Data;

namespace VocEd.Cubes.Refresh;

/// <summary>
/// median_monthly_salary of cube_quality and cube_quality_school, from the salary histograms of cube_base_by_school (per
/// school version and academic year): the histograms of a region and school type (or all types) are the sums of its
/// schools', and the median is the mean of the values at positions ⌊(n + 1) / 2⌋ and ⌊(n + 2) / 2⌋ of the n salaries in
/// order — exact, the same on every provider. Computed here rather than in SQL: a set-based median needs every region's
/// cumulative histogram sorted by text keys (four levels, two type groupings), a large share of a refresh, while the
/// histograms are read once and added up in memory (docs/decisions/0008-salary-medians-in-memory.md).
/// </summary>
public static class SalaryMedians
{
    /// <summary>Rows per UPDATE batch (four parameters each, under SQL Server's 2,100-parameter limit; <see cref="CubeSql.UpdateMedians"/>).</summary>
    private const int _batchSize = 200;

    /// <summary>The school histograms of academic year @year, each with its cell and school code.</summary>
    public const string SelectHistogram = """
        select b.prefecture_code, b.province_code, b.economic_region, b.school_type, s.school_code, b.histogram
        from cube_base_by_school b
        join dim_school s on s.school_key = b.school_key
        where b.academic_year = @year and b.histogram is not null
        """;

    /// <summary>The rows the refresh has just written (their median is not set yet; rows of a region without salaries stay null).</summary>
    public const string SelectPending = """
        select region_level, region_code, school_type
        from cube_quality
        where academic_year = @year and median_monthly_salary is null
        """;

    /// <summary>The cube_quality_school rows the refresh has just written.</summary>
    public const string SelectPendingSchools = """
        select school_code
        from cube_quality_school
        where academic_year = @year and median_monthly_salary is null
        """;

    /// <summary>One salary histogram (of a school) with the base cell it counts in.</summary>
    public readonly record struct CellSalaries(string PrefectureCode, string ProvinceCode, string EconomicRegion, string SchoolType, IReadOnlyList<(double Salary, long Graduates)> Histogram);

    /// <summary>A cube_quality row's key within its academic year.</summary>
    public readonly record struct RegionKey(string RegionLevel, string RegionCode, string SchoolType);

    /// <summary>
    /// Sets median_monthly_salary of academic year <paramref name="year"/>'s cube_quality and cube_quality_school rows that
    /// do not have one yet (those the refresh has just inserted) from cube_base_by_school. Returns the rows updated.
    /// </summary>
    public static async Task<int> UpdateAsync(DbConnection connection, DbTransaction transaction, CubeSql sql, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var y = ("@year", (object?)year);
        var pending = await SqlCommands.QueryAsync(connection, transaction, SelectPending, r => new RegionKey(r.GetString(0), r.GetString(1), r.GetString(2)), ct, y).ConfigureAwait(false);
        var pendingSchools = (await SqlCommands.QueryAsync(connection, transaction, SelectPendingSchools, r => r.GetString(0), ct, y).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        if (pending.Count == 0 && pendingSchools.Count == 0)
        {
            return 0;
        }

        var rows = await SqlCommands.QueryAsync(
            connection,
            transaction,
            SelectHistogram,
            r => (School: r.GetString(4), Cell: new CellSalaries(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseHistogram(r.GetString(5)))),
            ct,
            y).ConfigureAwait(false);
        var updated = 0;
        foreach (var batch in Compute(rows.Select(r => r.Cell), pending.ToHashSet()).Chunk(_batchSize))
        {
            var parameters = new List<(string, object?)> { y };
            for (var i = 0; i < batch.Length; i++)
            {
                var (key, median) = batch[i];
                parameters.Add(($"@m{i}", median));
                parameters.Add(($"@l{i}", key.RegionLevel));
                parameters.Add(($"@c{i}", key.RegionCode));
                parameters.Add(($"@t{i}", key.SchoolType));
            }

            updated += await SqlCommands.ExecuteAsync(connection, transaction, sql.UpdateMedians(batch.Length), ct, [.. parameters]).ConfigureAwait(false);
        }

        foreach (var batch in ComputeSchools(rows.Where(r => pendingSchools.Contains(r.School)).Select(r => (r.School, r.Cell.Histogram))).Chunk(_batchSize))
        {
            var parameters = new List<(string, object?)> { y };
            for (var i = 0; i < batch.Length; i++)
            {
                parameters.Add(($"@m{i}", batch[i].Median));
                parameters.Add(($"@c{i}", batch[i].SchoolCode));
            }

            updated += await SqlCommands.ExecuteAsync(connection, transaction, sql.UpdateSchoolMedians(batch.Length), ct, [.. parameters]).ConfigureAwait(false);
        }

        return updated;
    }

    /// <summary>The median salary of each school of the histograms (a school's versions of the year add up).</summary>
    public static IReadOnlyList<(string SchoolCode, double Median)> ComputeSchools(IEnumerable<(string SchoolCode, IReadOnlyList<(double Salary, long Graduates)> Histogram)> schools)
    {
        ArgumentNullException.ThrowIfNull(schools);
        var histograms = new Dictionary<string, Dictionary<double, long>>(StringComparer.Ordinal);
        foreach (var (code, histogram) in schools)
        {
            if (!histograms.TryGetValue(code, out var sum))
            {
                sum = [];
                histograms[code] = sum;
            }

            foreach (var (salary, graduates) in histogram)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(sum, salary, out _) += graduates;
            }
        }

        return [.. histograms.Select(h => (h.Key, Median(h.Value))).OrderBy(m => m.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The median salary of each of <paramref name="wanted"/> that has salaries: a cell counts towards its prefecture,
    /// province and economic region (where the code is not empty) and the nation ("CN"), each under its school type and
    /// under "all".
    /// </summary>
    public static IReadOnlyList<(RegionKey Key, double Median)> Compute(IEnumerable<CellSalaries> cells, IReadOnlySet<RegionKey> wanted)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(wanted);
        var histograms = new Dictionary<RegionKey, Dictionary<double, long>>();
        Span<(string Level, string Code)> regions = new (string, string)[4];
        foreach (var cell in cells)
        {
            var count = 0;
            if (cell.PrefectureCode.Length > 0)
            {
                regions[count++] = ("prefecture", cell.PrefectureCode);
            }

            if (cell.ProvinceCode.Length > 0)
            {
                regions[count++] = ("province", cell.ProvinceCode);
            }

            if (cell.EconomicRegion.Length > 0)
            {
                regions[count++] = ("economic_region", cell.EconomicRegion);
            }

            regions[count++] = ("nation", "CN");
            foreach (var (level, code) in regions[..count])
            {
                Add(histograms, wanted, new RegionKey(level, code, cell.SchoolType), cell.Histogram);
                Add(histograms, wanted, new RegionKey(level, code, "all"), cell.Histogram);
            }
        }

        return [.. histograms.Select(h => (h.Key, Median(h.Value))).OrderBy(m => m.Key.RegionLevel, StringComparer.Ordinal).ThenBy(m => m.Key.RegionCode, StringComparer.Ordinal).ThenBy(m => m.Key.SchoolType, StringComparer.Ordinal)];
    }

    /// <summary>The mean of the values at positions ⌊(n + 1) / 2⌋ and ⌊(n + 2) / 2⌋ (1-based) of a histogram's n values in order.</summary>
    public static double Median(IReadOnlyDictionary<double, long> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var total = histogram.Values.Sum();
        if (total <= 0)
        {
            throw new ArgumentException("an empty histogram has no median", nameof(histogram));
        }

        var (lowPosition, highPosition) = ((total + 1) / 2, (total + 2) / 2);
        var salaries = new double[histogram.Count];
        var counts = new long[histogram.Count];
        var i = 0;
        foreach (var (salary, n) in histogram)
        {
            (salaries[i], counts[i]) = (salary, n);
            i++;
        }

        Array.Sort(salaries, counts);
        double? low = null;
        long cumulative = 0;
        for (i = 0; i < salaries.Length; i++)
        {
            cumulative += counts[i];
            if (low is null && lowPosition <= cumulative)
            {
                low = salaries[i];
            }

            if (highPosition <= cumulative)
            {
                return (low!.Value + salaries[i]) / 2;
            }
        }

        throw new InvalidOperationException("unreachable: the positions lie within the total");
    }

    /// <summary>The entries of a histogram text of cube_base_by_school ("salary:count;salary:count…").</summary>
    public static IReadOnlyList<(double Salary, long Graduates)> ParseHistogram(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<(double, long)>();
        foreach (var range in text.AsSpan().Split(';'))
        {
            var entry = text.AsSpan()[range];
            var colon = entry.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"not a salary histogram entry: '{entry}'");
            }

            entries.Add((double.Parse(entry[..colon], NumberStyles.Float, CultureInfo.InvariantCulture), long.Parse(entry[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    private static void Add(Dictionary<RegionKey, Dictionary<double, long>> histograms, IReadOnlySet<RegionKey> wanted, RegionKey key, IReadOnlyList<(double Salary, long Graduates)> cell)
    {
        if (!wanted.Contains(key))
        {
            return;
        }

        if (!histograms.TryGetValue(key, out var histogram))
        {
            histogram = [];
            histograms[key] = histogram;
        }

        foreach (var (salary, graduates) in cell)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(histogram, salary, out _) += graduates;
        }
    }
}
