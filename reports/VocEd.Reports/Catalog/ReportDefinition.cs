namespace VocEd.Reports.Catalog;

/// <summary>One report of the catalog: its published id, Chinese title, the scope levels it is rendered for and its sheets in order.</summary>
public sealed record ReportDefinition(string Id, string Title, string Question, IReadOnlyList<ScopeLevel> Scopes, IReadOnlyList<string> Sheets)
{
    public bool Allows(ScopeLevel level) => Scopes.Contains(level);

    /// <summary>The scope levels in words, for `voced report list` and errors.</summary>
    public string ScopesText => string.Join(", ", Scopes.Select(s => s switch
    {
        ScopeLevel.Nation => "CN",
        ScopeLevel.Province => "province",
        _ => "prefecture",
    }));
}
