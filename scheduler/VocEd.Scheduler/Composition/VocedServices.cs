using VocEd.Cubes.Hosting;
using VocEd.Etl;
using VocEd.Etl.Hosting;
using VocEd.Reports.Hosting;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Hosting;

namespace VocEd.Scheduler.Composition;

/// <summary>
/// The composition root: every project's registrations for one warehouse. The CLI's commands and the scheduler's jobs
/// resolve the same services from a container built here.
/// </summary>
internal static class VocedServices
{
    /// <summary>Registers the warehouse, the ETL, the cubes and the reports.</summary>
    public static IServiceCollection AddVoced(this IServiceCollection services, WarehouseOptions warehouse, EtlOptions etl, string referenceDirectory)
    {
        services.AddLogging();
        services.AddWarehouse(warehouse, referenceDirectory);
        services.AddEtl(etl);
        services.AddCubes();
        services.AddReports();
        return services;
    }

    /// <summary>A container with <see cref="AddVoced"/>'s services, checked when built (every registration resolvable).</summary>
    public static ServiceProvider Build(WarehouseOptions warehouse, EtlOptions etl, string referenceDirectory) =>
        new ServiceCollection()
            .AddVoced(warehouse, etl, referenceDirectory)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
