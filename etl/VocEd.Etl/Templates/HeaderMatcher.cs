namespace VocEd.Etl.Templates;

/// <summary>Matches a file's header text to a template column by canonical name or Chinese alias (NFKC, trimmed, ignoring case).</summary>
public sealed class HeaderMatcher
{
    private static readonly Dictionary<SubmissionKind, HeaderMatcher> _cache = SubmissionTemplates.All.ToDictionary(t => t.Kind, t => new HeaderMatcher(t));

    private readonly Dictionary<string, int> _byHeader = new(HeaderText.Comparer);

    private HeaderMatcher(SubmissionTemplate template)
    {
        Template = template;
        for (var i = 0; i < template.Columns.Count; i++)
        {
            _byHeader[HeaderText.Normalize(template.Columns[i].Name)] = i;
            _byHeader[HeaderText.Normalize(template.Columns[i].HeaderZh)] = i;
        }
    }

    public SubmissionTemplate Template { get; }

    public static HeaderMatcher For(SubmissionKind kind) => _cache[kind];

    /// <summary>The template column index a header names, or -1.</summary>
    public int Match(string header) => _byHeader.TryGetValue(HeaderText.Normalize(header), out var index) ? index : -1;

    /// <summary>For each header position, the column it fills; -1 for unknown headers and for repeats of a column already seen (the first wins).</summary>
    public int[] Map(IReadOnlyList<string> headers)
    {
        var map = new int[headers.Count];
        var seen = new bool[Template.Columns.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var column = Match(headers[i]);
            if (column >= 0 && !seen[column])
            {
                seen[column] = true;
                map[i] = column;
            }
            else
            {
                map[i] = -1;
            }
        }

        return map;
    }
}
