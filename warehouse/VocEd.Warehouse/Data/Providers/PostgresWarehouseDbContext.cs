using Microsoft.EntityFrameworkCore;

namespace VocEd.Warehouse.Data.Providers;

/// <summary>The warehouse on PostgreSQL.</summary>
public sealed class PostgresWarehouseDbContext : WarehouseDbContext
{
    public PostgresWarehouseDbContext(DbContextOptions<PostgresWarehouseDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.Postgres;
}
