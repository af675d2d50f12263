namespace VocEd.Generator.Tests.Support;

/// <summary>Reads all rows of one kind in a generated folder as dictionaries keyed by canonical column (originals only, no _v2 corrections).</summary>
internal static class SubmissionRows
{
    public static IEnumerable<(string Path, Dictionary<string, string?> Row)> Of(string directory, string kind, int? folder = null) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f.Split('/') is { Length: 3 } p && p[1] == kind && (folder is null || p[0] == folder.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) && !f.Contains("_v2.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f =>
            {
                var read = SubmissionReader.Read(Path.Combine(directory, f));
                return read is null
                    ? []
                    : read.Rows.Select(r => (f, read.Columns.Select((c, i) => (c, i)).Where(x => x.c is not null)
                        .ToDictionary(x => x.c!, x => r.Values[x.i]))); // null headers filtered out above
            });

    /// <summary>The English form of a list value written in Chinese.</summary>
    public static string? English(string kind, string column, string? value)
    {
        var template = Templates.SubmissionTemplates.All.Single(t => t.Name == kind);
        var choices = template.Columns[template.IndexOf(column)].ChoicesZh;
        return value is null || choices is null ? value : choices.FirstOrDefault(c => c.Value == value).Key ?? value;
    }
}
