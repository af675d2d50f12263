using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data.Configurations;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>
/// The warehouse on SQLite (the embedded default). Decimals are stored as REAL so SQL sums and comparisons work. The
/// student fact tables get an index on (year, school, student) here: SQLite has no hash join, so linking a graduate
/// to their enrollment row (docs/analyst-guide.md) looks each one up through an index — with the key's (year,
/// school) alone it read the school's whole year for every graduate. PostgreSQL and SQL Server hash-join, and their loads skip the second index. And the
/// student fact tables keep the lineage (submission, source row) as their key here, as the small ones do: a load
/// appends at that key's end, where a key led by (year, school) made the SQLite ingest slower (one writer, no second
/// session to collide with; docs/decisions/0001-fact-keys-are-the-lineage.md).
/// </summary>
public sealed class SqliteWarehouseDbContext : WarehouseDbContext
{
    public SqliteWarehouseDbContext(DbContextOptions<SqliteWarehouseDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<decimal?>().HaveConversion<double?>();
    }

    protected override void ConfigureProviderModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        FactConventions.Apply(modelBuilder.Entity<FactEnrollment>()); // the lineage alone, as the small fact tables
        modelBuilder.Entity<FactEnrollment>().HasIndex(f => new { f.AcademicYear, f.SchoolKey, f.StudentPseudonym });
        FactConventions.Apply(modelBuilder.Entity<FactGraduateOutcome>());
        modelBuilder.Entity<FactGraduateOutcome>().HasIndex(f => new { f.GraduationYear, f.SchoolKey, f.StudentPseudonym });
    }
}
