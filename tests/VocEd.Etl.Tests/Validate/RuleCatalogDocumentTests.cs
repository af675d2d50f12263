using VocEd.Etl.Validate;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Validate;

public sealed class RuleCatalogDocumentTests
{
    [Test]
    public void Committed_validation_rules_document_matches_the_catalog()
    {
        var path = Path.Combine(RepoRoot.Path, RuleCatalogDocument.RelativePath);
        if (Environment.GetEnvironmentVariable("VOCED_WRITE_DOCS") == "1")
        {
            // Regenerate on request: VOCED_WRITE_DOCS=1 dotnet test tests/VocEd.Etl.Tests
            File.WriteAllText(path, RuleCatalogDocument.Render());
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: write RuleCatalogDocument.Render() to it");
        Assert.That(
            File.ReadAllText(path).ReplaceLineEndings("\n"),
            Is.EqualTo(RuleCatalogDocument.Render()),
            $"{RuleCatalogDocument.RelativePath} is stale: regenerate it from RuleCatalogDocument.Render()");
    }

    [Test]
    public void Document_lists_every_rule_id() =>
        Assert.That(RuleCatalog.All.Select(r => r.Id), Has.All.Matches<string>(id => RuleCatalogDocument.Render().Contains($"| `{id}` |", StringComparison.Ordinal)));
}
