namespace VocEd.Etl.Validate;

/// <summary>
/// One failed rule on one row: the rule, the canonical column (empty for a whole-row rule), the offending value —
/// already masked when the column holds personal data — and the limit it broke, if any.
/// </summary>
public sealed record RuleViolation(string RuleId, string Column, string? Value, string? Limit)
{
    public Rule Rule => RuleCatalog.Get(RuleId);

    public RuleSeverity Severity => Rule.Severity;

    public string MessageEn => Rule.FormatEn(Column, Value, Limit);

    public string MessageZh => Rule.FormatZh(Column, Value, Limit);
}
