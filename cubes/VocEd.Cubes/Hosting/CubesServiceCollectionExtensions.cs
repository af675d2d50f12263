using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;

namespace VocEd.Cubes.Hosting;

/// <summary>The cubes' registrations (the warehouse's come from AddWarehouse).</summary>
public static class CubesServiceCollectionExtensions
{
    /// <summary>Registers the cube refresh.</summary>
    public static IServiceCollection AddCubes(this IServiceCollection services)
    {
        services.AddTransient<CubeRefresher>();
        return services;
    }
}
