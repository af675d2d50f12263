using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Tests.Admin;

public sealed partial class SchemaScripterTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void SQL_Server_script_parses_without_a_single_error(bool idempotent)
    {
        var script = SchemaScripter.Generate(WarehouseProvider.SqlServer, idempotent);
        Assert.That(TSql.ParseWithoutErrors(script).Batches, Is.Not.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void SQL_Server_secure_store_script_parses_and_keeps_its_tables_in_schema_secure(bool idempotent)
    {
        var script = SchemaScripter.GenerateSecure(WarehouseProvider.SqlServer, idempotent);
        Assert.That(TSql.ParseWithoutErrors(script).Batches, Is.Not.Empty);
        Assert.That(script, Does.Contain("CREATE TABLE [secure].[rpt_recipient]"));
        Assert.That(script, Does.Contain("[secure].[__EFMigrationsHistory]"));
        foreach (var table in new[] { "acc_account", "acc_api_key", "acc_upload", "acc_audit" })
        {
            Assert.That(script, Does.Contain($"CREATE TABLE [secure].[{table}]"), table);
        }
    }

    [TestCase(WarehouseProvider.Sqlite, "CREATE TABLE \"acc_account\"", "alter table acc_account rename to acc_account_legacy")]
    [TestCase(WarehouseProvider.Postgres, "CREATE TABLE secure.acc_account", "alter table secure.acc_account rename to acc_account_legacy")]
    [TestCase(WarehouseProvider.SqlServer, "CREATE TABLE [secure].[acc_account]", "exec sp_rename N'[secure].[acc_account]', N'acc_account_legacy'")]
    public void The_secure_store_script_creates_the_access_tables_and_adopts_ones_made_before(WarehouseProvider provider, string create, string adopt)
    {
        var script = SchemaScripter.GenerateSecure(provider);
        Assert.That(script, Does.Contain(create));
        Assert.That(script, Does.Contain(adopt));
        Assert.That(script.IndexOf(adopt, StringComparison.Ordinal), Is.LessThan(script.IndexOf(create, StringComparison.Ordinal)), "moved aside before the new table is made");
        Assert.That(script, Does.Contain("ix_acc_account_user_name").And.Contain("ix_acc_api_key_key_prefix"));
    }

    [Test]
    public void SQL_Server_delivery_claim_is_a_filtered_unique_index()
    {
        var script = SchemaScripter.Generate(WarehouseProvider.SqlServer);
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [ix_rpt_delivery_delivery_key] ON [rpt_delivery] ([delivery_key]) WHERE status in ('sending', 'delivered', 'failed', 'no_data')"));
        Assert.That(TSql.ParseWithoutErrors(string.Join("\n", ReadOnlyLogin.SqlServerStatements("analyst", "Secret1234", exists: false))).Batches, Is.Not.Empty);
    }

    [Test]
    public void SQL_Server_fact_tables_get_a_clustered_columnstore_index_and_a_nonclustered_key()
    {
        var script = SchemaScripter.Generate(WarehouseProvider.SqlServer);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = (TSqlScript)parser.Parse(reader, out _);
        var columnstore = fragment.Batches.SelectMany(b => b.Statements).OfType<CreateColumnStoreIndexStatement>()
            .Where(s => s.Clustered == true)
            .Select(s => s.OnName.BaseIdentifier.Value)
            .Order()
            .ToList();
        Assert.That(columnstore, Is.EqualTo(new[] { "fact_enrollment", "fact_graduate_outcome", "fact_regional_industry", "fact_school_resources" }));
        Assert.That(script, Does.Contain("CONSTRAINT [pk_fact_enrollment] PRIMARY KEY NONCLUSTERED"));
        Assert.That(FactPrimaryKeyClustered().IsMatch(script), Is.False);
    }

    [TestCase(WarehouseProvider.Sqlite, "CREATE TABLE \"dim_region\"")]
    [TestCase(WarehouseProvider.Postgres, "CREATE TABLE dim_region")]
    public void Other_providers_script_the_same_tables(WarehouseProvider provider, string expected)
    {
        var script = SchemaScripter.Generate(provider);
        Assert.That(script, Does.Contain(expected));
        Assert.That(script, Does.Contain("fact_enrollment"));
        Assert.That(script, Does.Not.Contain("COLUMNSTORE"));
    }

    [GeneratedRegex(@"pk_fact_\w+\] PRIMARY KEY \(")]
    private static partial Regex FactPrimaryKeyClustered();
}
