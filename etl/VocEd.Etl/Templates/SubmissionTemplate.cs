namespace VocEd.Etl.Templates;

/// <summary>The template of one submission kind: its columns, which column names the submitter and which the year.</summary>
public sealed class SubmissionTemplate
{
    private readonly Dictionary<string, int> _indexByName;

    public SubmissionTemplate(SubmissionKind kind, string name, string nameZh, string submitterColumn, string yearColumn, IReadOnlyList<TemplateColumn> columns)
    {
        Kind = kind;
        Name = name;
        NameZh = nameZh;
        Columns = columns;
        _indexByName = columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        SubmitterIndex = IndexOf(submitterColumn);
        YearIndex = IndexOf(yearColumn);
    }

    public SubmissionKind Kind { get; }

    /// <summary>The kind's canonical name (<c>school_profile</c>, <c>enrollment</c> …).</summary>
    public string Name { get; }

    public string NameZh { get; }

    public IReadOnlyList<TemplateColumn> Columns { get; }

    /// <summary>Position of the column naming the submitter (school_code or region_code).</summary>
    public int SubmitterIndex { get; }

    /// <summary>Position of the column naming the year (academic_year, graduation_year or year).</summary>
    public int YearIndex { get; }

    public TemplateColumn SubmitterColumn => Columns[SubmitterIndex];

    public TemplateColumn YearColumn => Columns[YearIndex];

    /// <summary>The columns a header must contain for the file to be of this kind.</summary>
    public IEnumerable<TemplateColumn> HeaderRequiredColumns => Columns.Where(c => !c.HeaderOptional);

    /// <summary>Position of the column named <paramref name="name"/>; throws for a name the template lacks (a programming error).</summary>
    public int IndexOf(string name) =>
        _indexByName.TryGetValue(name, out var index)
            ? index
            : throw new ArgumentException($"template {Name} has no column {name}", nameof(name));
}
