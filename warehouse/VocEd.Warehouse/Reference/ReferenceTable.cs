using System.Globalization;
using VocEd.Warehouse.Text;

namespace VocEd.Warehouse.Reference;

/// <summary>A reference CSV read by header name, so replacement files may order their columns freely.</summary>
internal sealed class ReferenceTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly string[] _current;

    private ReferenceTable(string path, Dictionary<string, int> columns, string[] current, long line)
    {
        Path = path;
        _columns = columns;
        _current = current;
        Line = line;
    }

    public string Path { get; }

    public long Line { get; }

    public static IEnumerable<ReferenceTable> Read(string directory, string fileName, params string[] requiredColumns)
    {
        var path = System.IO.Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new ReferenceDataException($"reference file {path} is missing");
        }

        return ReadRows(path, requiredColumns);
    }

    private static IEnumerable<ReferenceTable> ReadRows(string path, string[] requiredColumns)
    {
        Dictionary<string, int>? columns = null;
        long line = 0;
        foreach (var record in ReferenceCsv.ReadAll(path))
        {
            line++;
            if (columns is null)
            {
                columns = record.Select((name, i) => (name: name.Trim(), i))
                    .ToDictionary(x => x.name, x => x.i, StringComparer.OrdinalIgnoreCase);
                var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new ReferenceDataException($"{path}: missing column(s) {string.Join(", ", missing)}");
                }

                continue;
            }

            if (record.Length != columns.Count)
            {
                throw new ReferenceDataException($"{path}:{line}: expected {columns.Count} fields, found {record.Length}");
            }

            yield return new ReferenceTable(path, columns, record, line);
        }
    }

    public string Text(string column) => _current[_columns[column]].Trim();

    public string? OptionalText(string column) =>
        _columns.TryGetValue(column, out var i) && _current[i].Trim().Length > 0 ? _current[i].Trim() : null;

    public int Int(string column) => Parse(column, s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture));

    public int? OptionalInt(string column) =>
        OptionalText(column) is { } s ? int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    public decimal Decimal(string column) => Parse(column, s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture));

    public bool Bool(string column) => Text(column) switch
    {
        "1" or "true" or "TRUE" or "yes" => true,
        "0" or "false" or "FALSE" or "no" or "" => false,
        var other => throw new ReferenceDataException($"{Path}:{Line}: column {column}: '{other}' is not 0/1"),
    };

    public DateOnly Date(string column) =>
        Parse(column, s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private T Parse<T>(string column, Func<string, T> parse)
    {
        var text = Text(column);
        try
        {
            return parse(text);
        }
        catch (FormatException)
        {
            throw new ReferenceDataException($"{Path}:{Line}: column {column}: cannot read '{text}'");
        }
    }
}
