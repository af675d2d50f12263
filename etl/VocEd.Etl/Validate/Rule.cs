namespace VocEd.Etl.Validate;

/// <summary>
/// One validation rule: its stable id, severity, scope, when it fires, and its message in Chinese and English.
/// Messages hold the placeholders <c>{column}</c>, <c>{value}</c> and <c>{limit}</c>.
/// </summary>
public sealed record Rule(string Id, RuleSeverity Severity, RuleScope Scope, string When, string MessageZh, string MessageEn)
{
    public string FormatZh(string column, string? value, string? limit) => Format(MessageZh, column, value, limit);

    public string FormatEn(string column, string? value, string? limit) => Format(MessageEn, column, value, limit);

    private static string Format(string template, string column, string? value, string? limit) =>
        template.Replace("{column}", column, StringComparison.Ordinal)
            .Replace("{value}", value ?? string.Empty, StringComparison.Ordinal)
            .Replace("{limit}", limit ?? string.Empty, StringComparison.Ordinal);
}
