namespace VocEd.Generator.Templates;

/// <summary>One submission template: its kind, file folder name and columns in canonical order.</summary>
public sealed record SubmissionTemplate(SubmissionKind Kind, string Name, IReadOnlyList<TemplateColumn> Columns)
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

        throw new ArgumentException($"template {Name} has no column {column}", nameof(column));
    }
}
