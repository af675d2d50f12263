namespace VocEd.Reports.Workbooks;

/// <summary>Where a table landed: header row, first and last data row, first column and each header's column.</summary>
internal sealed record TableRange(int HeaderRow, int FirstRow, int LastRow, int FirstColumn, IReadOnlyList<string> Headers)
{
    public int LastColumn => FirstColumn + Headers.Count - 1;

    public int ColumnOf(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        return index < 0 ? throw new ArgumentException($"no column {header}", nameof(header)) : FirstColumn + index;
    }
}
