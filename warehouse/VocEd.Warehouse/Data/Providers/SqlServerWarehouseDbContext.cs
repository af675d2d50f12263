using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Warehouse.Data.Configurations;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>
/// The warehouse on SQL Server. Fact tables keep a nonclustered primary key and get a clustered
/// columnstore index (see <see cref="ColumnstoreMigrationsSqlGenerator"/>).
/// </summary>
public sealed class SqlServerWarehouseDbContext : WarehouseDbContext
{
    public SqlServerWarehouseDbContext(DbContextOptions<SqlServerWarehouseDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.SqlServer;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IMigrationsSqlGenerator, ColumnstoreMigrationsSqlGenerator>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindAnnotation(FactConventions.FactTableAnnotation)?.Value is true)
            {
                entity.FindPrimaryKey()?.SetIsClustered(false);
            }
        }
    }
}
