using Microsoft.Extensions.DependencyInjection;
using VocEd.Warehouse.Secure;

namespace VocEd.Warehouse.Hosting;

/// <summary>The secure store's registrations (personal and secret data, apart from what analysts read).</summary>
public static class SecureStoreServiceCollectionExtensions
{
    /// <summary>Registers the secure store at <paramref name="secure"/> (usually <see cref="SecureStoreOptions.For"/> of the warehouse) and its migrator.</summary>
    public static IServiceCollection AddSecureStore(this IServiceCollection services, SecureStoreOptions secure)
    {
        ArgumentNullException.ThrowIfNull(secure);
        services.AddSingleton(secure);
        services.AddSingleton<ISecureContextFactory>(secure);
        services.AddTransient<SecureStoreMigrator>();
        return services;
    }
}
