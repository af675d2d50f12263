using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;

namespace VocEd.Cubes.Hosting;

/// <summary>The cubes' registrations (the warehouse's come from AddWarehouse).</summary>
public static class CubesServiceCollectionExtensions
{
    /// <summary>Registers the cube refresh and the lock that keeps two refreshes apart.</summary>
    public static IServiceCollection AddCubes(this IServiceCollection services)
    {
        services.AddTransient<CubeRefresher>();
        services.AddTransient<RefreshLock>();
        return services;
    }
}
