using VocEd.Cubes.Hosting;
using VocEd.Etl;
using VocEd.Etl.Hosting;
using VocEd.Reports.Delivery;
using VocEd.Reports.Hosting;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Hosting;
using VocEd.Warehouse.Secure;

namespace VocEd.Scheduler.Composition;

/// <summary>
/// The composition root: every project's registrations for one warehouse. The CLI's commands and the scheduler's jobs
/// resolve the same services from a container built here.
/// </summary>
internal static class VocedServices
{
    /// <summary>Registers the warehouse and its secure store, the ETL, the cubes, the reports and their delivery (default settings unless <paramref name="delivery"/> is given).</summary>
    public static IServiceCollection AddVoced(this IServiceCollection services, WarehouseOptions warehouse, EtlOptions etl, string referenceDirectory, DeliveryOptions? delivery = null)
    {
        services.AddLogging();
        services.AddWarehouse(warehouse, referenceDirectory);
        services.AddSecureStore(SecureStoreOptions.For(warehouse));
        services.AddEtl(etl);
        services.AddCubes();
        services.AddReports();
        services.AddDelivery(delivery ?? new DeliveryOptions());
        return services;
    }

    /// <summary>A container with <see cref="AddVoced"/>'s services, checked when built (every registration resolvable).</summary>
    public static ServiceProvider Build(WarehouseOptions warehouse, EtlOptions etl, string referenceDirectory, DeliveryOptions? delivery = null) =>
        new ServiceCollection()
            .AddVoced(warehouse, etl, referenceDirectory, delivery)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
