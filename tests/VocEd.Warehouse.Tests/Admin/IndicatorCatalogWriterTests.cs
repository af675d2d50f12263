using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Indicators;

namespace VocEd.Warehouse.Tests.Admin;

public sealed class IndicatorCatalogWriterTests
{
    [Test]
    public void Docs_indicators_md_is_the_catalog_generated_from_the_registry()
    {
        var committed = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "indicators.md")).ReplaceLineEndings("\n");
        Assert.That(committed, Is.EqualTo(IndicatorCatalogWriter.Generate()), "docs/indicators.md is stale: run ./voced db indicators --out docs/indicators.md");
    }

    [Test]
    public void Every_indicator_of_every_cube_is_listed_with_its_chinese_name()
    {
        var text = IndicatorCatalogWriter.Generate();
        foreach (var indicator in IndicatorRegistry.All)
        {
            Assert.That(text, Does.Contain($"| `{indicator.Column}` | {indicator.NameZh} |"), indicator.Id);
        }

        Assert.That(text, Does.Contain("## cube_quality"));
        Assert.That(text, Does.Contain("| `placement_rate` | 毕业去向落实率 |"));
    }
}
