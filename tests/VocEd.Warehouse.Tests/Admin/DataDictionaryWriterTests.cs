using VocEd.Testing;
using VocEd.Warehouse.Admin;

namespace VocEd.Warehouse.Tests.Admin;

public sealed class DataDictionaryWriterTests
{
    [Test]
    public void Docs_warehouse_md_is_the_dictionary_generated_from_the_current_model()
    {
        var committed = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "warehouse.md")).ReplaceLineEndings("\n");
        Assert.That(committed, Is.EqualTo(DataDictionaryWriter.Generate()), "docs/warehouse.md is stale: run ./voced db dictionary --out docs/warehouse.md");
    }

    [Test]
    public void Every_table_and_view_is_described_with_every_column()
    {
        var text = DataDictionaryWriter.Generate();
        foreach (var name in new[] { "### dim_school", "### fact_enrollment", "### cube_quality", "### cube_refresh_log", "### v_enrollment", "### v_quality" })
        {
            Assert.That(text, Does.Contain(name));
        }

        Assert.That(text, Does.Contain("| placement_rate | double precision | yes | 毕业去向落实率"));
        Assert.That(text, Does.Not.Contain("|  |"), "no empty meaning");
    }
}
