using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure.Providers;

/// <summary>The secure store on PostgreSQL: schema <c>secure</c> of the warehouse's database.</summary>
public sealed class PostgresSecureDbContext : SecureDbContext
{
    public PostgresSecureDbContext(DbContextOptions<PostgresSecureDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.Postgres;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
