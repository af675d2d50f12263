namespace VocEd.Warehouse.Data;

/// <summary>
/// Makes the DbContexts of one warehouse. Services take this rather than building contexts themselves, so that the
/// composition root (the CLI or the scheduler host) decides which warehouse they work on.
/// </summary>
public interface IWarehouseContextFactory
{
    /// <summary>The warehouse's database provider.</summary>
    WarehouseProvider Provider { get; }

    /// <summary>A new context on the warehouse (the caller disposes it).</summary>
    WarehouseDbContext CreateContext();
}
