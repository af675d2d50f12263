using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Hosting;

/// <summary>The warehouse's registrations: which database, its context factory, the reference data, the migrator.</summary>
public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the warehouse at <paramref name="warehouse"/>, the reference data of <paramref name="referenceDirectory"/>
    /// (read on first use; null: the copy beside the binaries) and the system clock unless a <see cref="TimeProvider"/>
    /// is already registered.
    /// </summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, WarehouseOptions warehouse, string? referenceDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(warehouse);
        services.AddSingleton<IWarehouseContextFactory>(warehouse);
        services.AddSingleton(_ => ReferenceDataSet.Load(referenceDirectory ?? ReferenceDataSet.DefaultDirectory));
        services.AddTransient<WarehouseMigrator>();
        return services;
    }
}
