using VocEd.Reports.Cubes;
using VocEd.Reports.Models;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Queries;

/// <summary>
/// Rows of a cube read by column name, turned into report figures with disclosure control applied. Look-ups by column
/// values go through an index built once per set of columns, so a caller that reads a whole nation's rows and asks
/// for each region's does not scan them again for every figure.
/// </summary>
internal sealed class CubeRows
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, ILookup<RowKey, object?[]>> _lookups = new(StringComparer.Ordinal);

    public CubeRows(CubeTable table)
    {
        Table = table;
        _index = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    }

    public CubeTable Table { get; }

    /// <summary>The rows of a slice of <paramref name="cube"/>, read in one statement.</summary>
    public static async Task<CubeRows> ReadAsync(IWarehouseContextFactory options, CubeDefinition cube, CubeSlice slice, CancellationToken ct) =>
        new(await CubeReader.ReadAsync(options, cube, slice, ct).ConfigureAwait(false));

    public IReadOnlyList<object?[]> Rows => Table.Rows;

    public object? Get(object?[] row, string column) => row[_index[column]];

    public string Text(object?[] row, string column) => Get(row, column) as string ?? string.Empty;

    public long Long(object?[] row, string column) => Get(row, column) is long l ? l : 0;

    public double? Number(object?[] row, string column) => Get(row, column) switch
    {
        long l => l,
        double d => d,
        _ => null,
    };

    /// <summary>The rows whose columns hold the values given, in the order read (natural-key order).</summary>
    public IEnumerable<object?[]> Where(params (string Column, object Value)[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Lookup(keys)[new RowKey(Array.ConvertAll(keys, k => (object?)k.Value))];
    }

    public object?[]? Find(params (string Column, object Value)[] keys) => Where(keys).FirstOrDefault();

    /// <summary>One figure of a row: withheld when the indicator is a rate or salary statistic and its denominator is below the minimum.</summary>
    public Figure Figure(object?[]? row, string column, int minimumDenominator)
    {
        if (row is null)
        {
            return Models.Figure.None;
        }

        var value = Number(row, column);
        var indicator = Table.Columns[_index[column]].Indicator;
        return value is not null && indicator?.DenominatorColumn is { } denominator && _index.ContainsKey(denominator)
            && DisclosureControl.Withholds(indicator, Long(row, denominator), minimumDenominator)
            ? Models.Figure.Withheld
            : Models.Figure.Of(value);
    }

    /// <summary>Every indicator of the row as figures.</summary>
    public IndicatorValues Values(object?[]? row, int minimumDenominator) => row is null
        ? IndicatorValues.Empty
        : new IndicatorValues(Table.Columns.Where(c => c.Indicator is not null)
            .ToDictionary(c => c.Name, c => Figure(row, c.Name, minimumDenominator), StringComparer.Ordinal));

    private ILookup<RowKey, object?[]> Lookup((string Column, object Value)[] keys)
    {
        var columns = string.Join('\u001f', keys.Select(k => k.Column));
        lock (_lookups)
        {
            if (!_lookups.TryGetValue(columns, out var lookup))
            {
                var positions = keys.Select(k => _index[k.Column]).ToArray();
                lookup = Rows.ToLookup(r => new RowKey(Array.ConvertAll(positions, p => r[p])));
                _lookups.Add(columns, lookup);
            }

            return lookup;
        }
    }

    /// <summary>The latest refreshed_at of the rows, or null when there are none.</summary>
    public DateTime? RefreshedAt() => Rows.Select(r => Get(r, "refreshed_at")).OfType<DateTime>().Select(d => (DateTime?)d).Max();
}
