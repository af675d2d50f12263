namespace VocEd.Reports.Models;

/// <summary>A row's figures keyed by cube column name (placement_rate, students …); a column not held reads as <see cref="Figure.None"/>.</summary>
public sealed class IndicatorValues(IReadOnlyDictionary<string, Figure> values)
{
    public static IndicatorValues Empty { get; } = new(new Dictionary<string, Figure>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, Figure> Values { get; } = values;

    public Figure this[string column] => Values.TryGetValue(column, out var figure) ? figure : Figure.None;
}
