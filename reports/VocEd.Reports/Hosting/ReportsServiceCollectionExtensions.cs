using Microsoft.Extensions.DependencyInjection;
using VocEd.Reports.Exports;

namespace VocEd.Reports.Hosting;

/// <summary>The reports' registrations (the warehouse's come from AddWarehouse).</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>Registers the cube exports.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddTransient<CubeExporter>();
        return services;
    }
}
