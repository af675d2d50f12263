using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure.Providers;

/// <summary>The secure store on SQL Server: schema <c>secure</c> of the warehouse's database.</summary>
public sealed class SqlServerSecureDbContext : SecureDbContext
{
    public SqlServerSecureDbContext(DbContextOptions<SqlServerSecureDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.SqlServer;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
