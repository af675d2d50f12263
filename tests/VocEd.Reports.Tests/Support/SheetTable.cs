namespace VocEd.Reports.Tests.Support;

/// <summary>A table of a sheet as LibreOffice wrote it: the header row found by its first cell, and the rows below it up to the first empty line.</summary>
internal sealed class SheetTable
{
    private SheetTable(string[] headers, IReadOnlyList<string[]> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    public string[] Headers { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The <paramref name="occurrence"/>-th table whose header row starts with <paramref name="firstHeader"/>.</summary>
    public static SheetTable Find(IReadOnlyList<string[]> sheet, string firstHeader, int occurrence = 0)
    {
        var starts = sheet.Select((row, i) => (row, i)).Where(x => x.row.Length > 0 && x.row[0] == firstHeader && x.row.Contains("注")).Select(x => x.i).ToList();
        Assert.That(starts, Has.Count.GreaterThan(occurrence), $"no table headed {firstHeader}");
        var at = starts[occurrence];
        var width = Array.IndexOf(sheet[at], "注") + 1;
        var headers = sheet[at][..width];
        var rows = sheet.Skip(at + 1).TakeWhile(r => r.Any(c => c.Length > 0)).Select(r => r.Take(width).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, width - r.Length))).ToArray()).ToList();
        return new SheetTable(headers, rows);
    }

    public int Column(string header)
    {
        var i = Array.IndexOf(Headers, header);
        Assert.That(i, Is.GreaterThanOrEqualTo(0), $"no column {header} in [{string.Join(", ", Headers)}]");
        return i;
    }

    public string Cell(string[] row, string header) => row[Column(header)];

    public string[] Row(string header, string key) =>
        Rows.SingleOrDefault(r => r[Column(header)] == key) ?? throw new AssertionException($"no row {key} under {header}");
}
