using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>
/// The warehouse on SQLite (the embedded default). Decimals are stored as REAL so SQL sums and comparisons work. The
/// student fact tables' (year, school) index ends with the student's pseudonym here: SQLite has no hash join, so
/// linking a graduate to their enrollment row (docs/analyst-guide.md) looks each one up through an index — with
/// (year, school) alone it read the school's whole year for every graduate (47 s for 200,000 graduates of 200
/// schools, against well under a second). PostgreSQL and SQL Server hash-join, and their loads skip the wider index.
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
        AddStudent(modelBuilder.Entity<FactEnrollment>(), f => new { f.AcademicYear, f.SchoolKey }, f => new { f.AcademicYear, f.SchoolKey, f.StudentPseudonym });
        AddStudent(modelBuilder.Entity<FactGraduateOutcome>(), f => new { f.GraduationYear, f.SchoolKey }, f => new { f.GraduationYear, f.SchoolKey, f.StudentPseudonym });
    }

    /// <summary>Replaces the (year, school) index by (year, school, student).</summary>
    private static void AddStudent<T>(EntityTypeBuilder<T> entity, Expression<Func<T, object?>> yearSchool, Expression<Func<T, object?>> yearSchoolStudent)
        where T : class
    {
        // HasIndex on the columns of an index already configured returns that index.
        entity.Metadata.RemoveIndex(entity.HasIndex(yearSchool).Metadata);
        entity.HasIndex(yearSchoolStudent);
    }
}
