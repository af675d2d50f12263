using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Validate;

public sealed class RuleCatalogTests
{
    /// <summary>The rule ids of the contract shared with the sample generator, with their severity.</summary>
    private static readonly (string Id, RuleSeverity Severity, RuleScope Scope)[] _contract =
    [
        ("required", RuleSeverity.Error, RuleScope.Row), ("not_a_number", RuleSeverity.Error, RuleScope.Row),
        ("invalid_date", RuleSeverity.Error, RuleScope.Row), ("invalid_code", RuleSeverity.Error, RuleScope.Row),
        ("invalid_value", RuleSeverity.Error, RuleScope.Row), ("out_of_range", RuleSeverity.Error, RuleScope.Row),
        ("citizen_id_format", RuleSeverity.Error, RuleScope.Row), ("citizen_id_check_digit", RuleSeverity.Error, RuleScope.Row),
        ("citizen_id_stored_as_number", RuleSeverity.Error, RuleScope.Row), ("gender_mismatch", RuleSeverity.Error, RuleScope.Row),
        ("unknown_county", RuleSeverity.Error, RuleScope.Row), ("unknown_school", RuleSeverity.Error, RuleScope.Row),
        ("unknown_major", RuleSeverity.Error, RuleScope.Row), ("major_level_mismatch", RuleSeverity.Error, RuleScope.Row),
        ("technical_level_pair", RuleSeverity.Error, RuleScope.Row), ("technical_grade_exceeds_duration", RuleSeverity.Error, RuleScope.Row),
        ("entry_year_after_academic_year", RuleSeverity.Error, RuleScope.Row), ("dual_qualified_exceeds_fulltime", RuleSeverity.Error, RuleScope.Row),
        ("parttime_share_high", RuleSeverity.Warning, RuleScope.Row), ("employed_fields_missing", RuleSeverity.Error, RuleScope.Row),
        ("non_employed_fields_present", RuleSeverity.Error, RuleScope.Row), ("survey_date_too_early", RuleSeverity.Error, RuleScope.Row),
        ("survey_date_in_future", RuleSeverity.Error, RuleScope.Row), ("duplicate_row", RuleSeverity.Error, RuleScope.Row),
        ("other_submitter", RuleSeverity.Error, RuleScope.Row), ("truncated_row", RuleSeverity.Error, RuleScope.Row),
        ("malformed_record", RuleSeverity.Error, RuleScope.Row), ("submission_quarantined", RuleSeverity.Error, RuleScope.Row),
        ("file_unreadable", RuleSeverity.Error, RuleScope.File), ("file_unknown_kind", RuleSeverity.Error, RuleScope.File),
        ("rejection_rate_exceeded", RuleSeverity.Error, RuleScope.File), ("empty_replacement", RuleSeverity.Error, RuleScope.File),
    ];

    [Test]
    public void Catalog_holds_exactly_the_contract_rules_with_their_severity_and_scope() =>
        Assert.That(
            RuleCatalog.All.Select(r => (r.Id, r.Severity, r.Scope)),
            Is.EquivalentTo(_contract));

    [Test]
    public void Every_rule_has_a_Chinese_and_an_English_message()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.That(rule.MessageZh, Does.Match(@"\p{IsCJKUnifiedIdeographs}"), rule.Id);
            Assert.That(rule.MessageEn, Does.Match("[a-z]{3}"), rule.Id);
            Assert.That(rule.When, Is.Not.Empty, rule.Id);
        }
    }

    [Test]
    public void Messages_fill_their_placeholders()
    {
        var rule = RuleCatalog.Get(RuleIds.OutOfRange);

        Assert.That(rule.FormatEn("grade", "7", "1–6"), Is.EqualTo("grade: 7 is outside the allowed range 1–6"));
        Assert.That(rule.FormatZh("grade", "7", "1–6"), Is.EqualTo("grade：7 超出允许范围 1–6"));
    }

    [Test]
    public void Unknown_rule_id_is_refused() =>
        Assert.That(() => RuleCatalog.Get("no_such_rule"), Throws.ArgumentException);
}
