using System.Data.Common;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Access;

/// <summary>
/// The access store of the host's warehouse, or none (an in-memory SQLite warehouse has nowhere to keep accounts).
/// Creates its tables on first use by the web host.
/// </summary>
internal sealed class AccessStoreProvider
{
    public AccessStoreProvider(WarehouseOptions warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        try
        {
            Store = new AccessStore(AccessStoreLocation.For(warehouse));
        }
        catch (InvalidOperationException)
        {
            Store = null;
        }
    }

    public AccessStore? Store { get; }

    /// <summary>The store, which must exist (the web host and the account commands need it).</summary>
    public AccessStore Required => Store ?? throw new InvalidOperationException("accounts need a warehouse in a file or on a server, not an in-memory SQLite database");

    /// <summary>True when the access tables exist (a worker does not create them; the web host and <c>voced user</c> do).</summary>
    public async Task<bool> TablesExistAsync(CancellationToken ct)
    {
        if (Store is null)
        {
            return false;
        }

        try
        {
            await Store.AnyAdminAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
