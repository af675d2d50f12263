using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>Writes CSV text (RFC 4180 quoting) for test files.</summary>
internal static class CsvText
{
    public static string Build(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(new[] { headers }.Concat(rows).Select(r => string.Join(",", r.Select(Quote)) + "\r\n"));

    /// <summary>A file of <paramref name="kind"/> with Chinese headers (or English), rows given by canonical column.</summary>
    public static string Of(SubmissionKind kind, bool chineseHeaders, params IReadOnlyDictionary<string, string>[] rows)
    {
        var columns = SubmissionTemplates.For(kind).Columns;
        var headers = columns.Select(c => chineseHeaders ? c.HeaderZh : c.Name).ToList();
        return Build(headers, rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.GetValueOrDefault(c.Name, string.Empty)).ToList()));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
