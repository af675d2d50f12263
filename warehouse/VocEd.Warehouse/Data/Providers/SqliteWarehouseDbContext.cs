using Microsoft.EntityFrameworkCore;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>The warehouse on SQLite (the embedded default). Decimals are stored as REAL so SQL sums and comparisons work.</summary>
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
}
