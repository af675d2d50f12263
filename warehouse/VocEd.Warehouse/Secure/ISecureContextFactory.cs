using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure;

/// <summary>Makes the DbContexts of the secure store; services take this, the composition root decides where the store is.</summary>
public interface ISecureContextFactory
{
    WarehouseProvider Provider { get; }

    /// <summary>A new context on the secure store (the caller disposes it).</summary>
    SecureDbContext CreateContext();
}
