using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure.Providers;

/// <summary>The secure store on SQLite: its own file beside the warehouse's (voced.db → voced-secure.db).</summary>
public sealed class SqliteSecureDbContext : SecureDbContext
{
    public SqliteSecureDbContext(DbContextOptions<SqliteSecureDbContext> options)
        : base(options)
    {
    }

    public override WarehouseProvider Provider => WarehouseProvider.Sqlite;
}
