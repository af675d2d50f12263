namespace VocEd.Reports.Cubes;

/// <summary>Rows of one cube as read (values normalized: string, long, double, DateTime UTC, DateOnly, bool or null).</summary>
public sealed record CubeTable(string Name, IReadOnlyList<CubeColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"{Name} has no column {column}", nameof(column));
    }
}
