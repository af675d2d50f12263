namespace VocEd.Etl.Templates;

/// <summary>
/// What a header row says about a file: its template, or — when it matches none — the closest template and the
/// columns it lacks.
/// </summary>
public sealed record KindDetection(SubmissionTemplate? Template, SubmissionTemplate Closest, IReadOnlyList<TemplateColumn> MissingColumns)
{
    public bool IsKnown => Template is not null;

    /// <summary>English message for an unknown kind, naming the closest kind and its missing columns.</summary>
    public string Message => IsKnown
        ? $"headers match {Closest.Name}"
        : $"headers match no submission kind; closest is {Closest.Name} ({Closest.NameZh}), missing columns: "
          + string.Join(", ", MissingColumns.Select(c => $"{c.Name} ({c.HeaderZh})"));

    /// <summary>Chinese message for an unknown kind.</summary>
    public string MessageZh => IsKnown
        ? $"表头符合{Closest.NameZh}"
        : $"表头不符合任何模板；最接近{Closest.NameZh}（{Closest.Name}），缺少列："
          + string.Join("、", MissingColumns.Select(c => $"{c.HeaderZh}（{c.Name}）"));
}
