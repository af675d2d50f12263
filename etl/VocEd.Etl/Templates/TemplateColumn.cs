namespace VocEd.Etl.Templates;

/// <summary>
/// One column of a submission template: canonical English name, the Chinese header accepted as an alias,
/// its type and whether it must be filled. <see cref="HeaderOptional"/> columns may be missing from the header.
/// </summary>
public sealed record TemplateColumn(
    string Name,
    string HeaderZh,
    ColumnType Type,
    ColumnPresence Presence,
    string RuleEn,
    EnumDomain? Domain = null,
    bool HeaderOptional = false,
    bool IsPersonal = false);
