using VocEd.Reports.Catalog;

namespace VocEd.Reports.Tests.Catalog;

public sealed class ReportScopeTests
{
    [TestCase("CN", ScopeLevel.Nation, null)]
    [TestCase("cn", ScopeLevel.Nation, null)]
    [TestCase("44", ScopeLevel.Province, "CN")]
    [TestCase(" 4401 ", ScopeLevel.Prefecture, "44")]
    public void A_scope_is_the_nation_a_province_or_a_prefecture_with_its_parent(string text, ScopeLevel level, string? parent)
    {
        var scope = ReportScope.Parse(text);
        Assert.That((scope.Level, scope.ParentCode, scope.Code), Is.EqualTo((level, parent, text.Trim().ToUpperInvariant())));
    }

    [TestCase("")]
    [TestCase("4")]
    [TestCase("440106")]
    [TestCase("east")]
    [TestCase("4x")]
    [TestCase("00")]
    public void Anything_else_is_an_error_naming_the_accepted_forms(string text) =>
        Assert.That(() => ReportScope.Parse(text), Throws.ArgumentException.With.Message.Contains("CN, a 2-digit province code"));

    [Test]
    public void Fan_out_forms_name_every_province_or_the_prefectures_of_one_province()
    {
        Assert.That(ScopeSelection.Parse("every-province"), Has.Property(nameof(ScopeSelection.FanOutLevel)).EqualTo(ScopeLevel.Province).And.Property(nameof(ScopeSelection.IsFanOut)).True);
        var prefectures = ScopeSelection.Parse("every-prefecture:44");
        Assert.That((prefectures.FanOutLevel, prefectures.Within, prefectures.ToString()), Is.EqualTo(((ScopeLevel?)ScopeLevel.Prefecture, "44", "every-prefecture:44")));
        Assert.That(ScopeSelection.Parse("4401").Scope?.Code, Is.EqualTo("4401"));
        Assert.That(() => ScopeSelection.Parse("every-prefecture:4401"), Throws.ArgumentException.With.Message.Contains("2-digit province"));
        Assert.That(() => ScopeSelection.Parse("every-county"), Throws.ArgumentException.With.Message.Contains("every-province"));
    }
}
