using Microsoft.Extensions.DependencyInjection.Extensions;
using VocEd.Scheduler.Jobs;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Access;

/// <summary>The access registrations every scheduler process needs (a worker refuses uploads outside their sender's binding too).</summary>
internal static class AccessServices
{
    public static IServiceCollection AddAccess(this IServiceCollection services, WarehouseOptions warehouse, AccessOptions? options = null)
    {
        services.TryAddSingleton(options ?? new AccessOptions());
        services.TryAddSingleton(new AccessStoreProvider(warehouse));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<SubmissionPermission>();
        services.TryAddTransient<IUploadGate, UploadRefusalGate>();
        services.TryAddTransient(sp => sp.GetRequiredService<AccessStoreProvider>().Required);
        services.TryAddTransient<AccountService>();
        return services;
    }
}
