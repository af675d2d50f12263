using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure;

namespace VocEd.Warehouse.Tests.Data;

public sealed partial class ModelTests
{
    private static readonly Dictionary<WarehouseProvider, string> _placeholders = new()
    {
        [WarehouseProvider.Sqlite] = "Data Source=model-test.db",
        [WarehouseProvider.Postgres] = "Host=127.0.0.1;Database=model_test",
        [WarehouseProvider.SqlServer] = "Server=127.0.0.1;Database=model_test;TrustServerCertificate=true",
    };

    [TestCase(WarehouseProvider.Sqlite)]
    [TestCase(WarehouseProvider.Postgres)]
    [TestCase(WarehouseProvider.SqlServer)]
    public void Each_provider_has_migrations_matching_the_model(WarehouseProvider provider)
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(provider, _placeholders[provider]));
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh after changing the model");
    }

    [TestCase(WarehouseProvider.Sqlite)]
    [TestCase(WarehouseProvider.Postgres)]
    [TestCase(WarehouseProvider.SqlServer)]
    public void Each_provider_has_secure_store_migrations_matching_its_model(WarehouseProvider provider)
    {
        using var db = SecureDbContextFactory.Create(new SecureStoreOptions(provider, _placeholders[provider]));
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh --secure after changing the secure model");
        Assert.That(db.Model.GetEntityTypes().Select(e => e.GetTableName()), Is.EquivalentTo(new[] { "rpt_recipient", "acc_account", "acc_api_key", "acc_upload", "acc_audit" }));
    }

    [Test]
    public void The_secure_store_of_a_sqlite_warehouse_is_a_file_beside_it_and_elsewhere_the_same_database()
    {
        var sqlite = SecureStoreOptions.For(new WarehouseOptions(WarehouseProvider.Sqlite, "Data Source=/srv/voced/data/voced.db"));
        Assert.That(sqlite.SqliteFile(), Is.EqualTo("/srv/voced/data/voced-secure.db"));
        var postgres = new WarehouseOptions(WarehouseProvider.Postgres, "Host=db;Database=voced");
        Assert.That(SecureStoreOptions.For(postgres).ConnectionString, Is.EqualTo(postgres.ConnectionString));
    }

    [Test]
    public void Every_table_carries_a_layer_prefix_and_every_name_is_lower_snake_case()
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(WarehouseProvider.Sqlite, _placeholders[WarehouseProvider.Sqlite]));
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName() ?? string.Empty;
            Assert.That(table, Does.Match("^(stg|dim|fact|bridge|cube|etl|rpt)_[a-z0-9_]+$"), entity.Name);
            foreach (var property in entity.GetProperties())
            {
                Assert.That(property.GetColumnName(), Does.Match(SnakeCase()), $"{table}.{property.Name}");
            }
        }
    }

    [Test]
    public void Every_fact_table_carries_its_submission_and_source_row()
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(WarehouseProvider.Sqlite, _placeholders[WarehouseProvider.Sqlite]));
        var facts = db.Model.GetEntityTypes().Where(e => (e.GetTableName() ?? string.Empty).StartsWith("fact_", StringComparison.Ordinal)).ToList();
        Assert.That(facts.Select(f => f.GetTableName()).Order(), Is.EqualTo(new[] { "fact_enrollment", "fact_graduate_outcome", "fact_regional_industry", "fact_school_resources" }));
        foreach (var fact in facts)
        {
            var columns = fact.GetProperties().Select(p => p.GetColumnName()).ToList();
            Assert.That(columns, Does.Contain("submission_id").And.Contain("source_row_number"), fact.GetTableName());
            Assert.That(columns.Where(c => c.Contains("citizen", StringComparison.Ordinal) || c.Contains("name", StringComparison.Ordinal)), Is.Empty, "no personal columns in facts");
        }
    }

    [TestCase(WarehouseProvider.Sqlite)]
    [TestCase(WarehouseProvider.Postgres)]
    [TestCase(WarehouseProvider.SqlServer)]
    public void Fact_keys_end_with_the_lineage_the_server_student_tables_lead_with_year_and_school_and_the_student_is_indexed_only_where_joins_need_it(WarehouseProvider provider)
    {
        using var db = WarehouseDbContextFactory.Create(new WarehouseOptions(provider, _placeholders[provider]));
        var facts = db.Model.GetEntityTypes().Where(e => (e.GetTableName() ?? string.Empty).StartsWith("fact_", StringComparison.Ordinal)).ToList();
        Assert.That(facts, Has.Count.EqualTo(4));
        string[] Key(string table) => [.. facts.Single(f => f.GetTableName() == table).FindPrimaryKey()!.Properties.Select(p => p.GetColumnName())];
        // SQLite keeps the lineage alone (one writer: appending at the key's end is what it does fastest).
        string[] Lineage(string year) => provider == WarehouseProvider.Sqlite ? ["submission_id", "source_row_number"] : [year, "school_key", "submission_id", "source_row_number"];
        Assert.That(Key("fact_enrollment"), Is.EqualTo(Lineage("academic_year")));
        Assert.That(Key("fact_graduate_outcome"), Is.EqualTo(Lineage("graduation_year")));
        Assert.That(Key("fact_regional_industry"), Is.EqualTo(new[] { "submission_id", "source_row_number" }));
        Assert.That(Key("fact_school_resources"), Is.EqualTo(new[] { "submission_id", "source_row_number" }));
        foreach (var fact in facts)
        {
            Assert.That(fact.GetIndexes().Where(i => i.Properties[0].GetColumnName() == "submission_id"), Is.Empty,
                $"{fact.GetTableName()}: the primary key (or, for the student tables, year, school and submission) serves look-ups by submission");
        }

        string[] Index(string table) => facts.Single(f => f.GetTableName() == table).GetIndexes()
            .Select(i => string.Join(", ", i.Properties.Select(p => p.GetColumnName()))).Order().ToArray();
        // The key serves (year, school) on PostgreSQL and SQL Server; SQLite, without a hash join, indexes (year, school, student).
        string[] Student(string year) => provider == WarehouseProvider.Sqlite ? [$"{year}, school_key, student_pseudonym"] : [];
        Assert.That(Index("fact_enrollment"), Is.EqualTo(Student("academic_year")));
        Assert.That(Index("fact_graduate_outcome"), Is.EqualTo(Student("graduation_year")));
        Assert.That(Index("fact_school_resources"), Is.EqualTo(new[] { "academic_year, school_key" }));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
