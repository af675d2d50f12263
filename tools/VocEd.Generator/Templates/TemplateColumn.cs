namespace VocEd.Generator.Templates;

/// <summary>
/// One column of a submission template: canonical English name, Chinese header alias, type,
/// whether it is required, and for list values the Chinese form of each English value.
/// </summary>
public sealed record TemplateColumn(
    string Name,
    string NameZh,
    ColumnType Type,
    bool Required,
    IReadOnlyDictionary<string, string>? ChoicesZh = null);
