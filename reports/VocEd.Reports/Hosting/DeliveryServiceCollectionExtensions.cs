using Microsoft.Extensions.DependencyInjection;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;

namespace VocEd.Reports.Hosting;

/// <summary>The delivery's registrations (the warehouse's and the secure store's come from AddWarehouse and AddSecureStore).</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the subscriptions, the recipients and <see cref="SubscriptionDelivery"/> — what a scheduled job calls
    /// with ids (<c>DueAsync(now)</c>, <c>DeliverAsync(subscription, scope, period)</c>) — with <paramref name="options"/>.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddTransient<SubscriptionStore>();
        services.AddTransient<RecipientStore>();
        services.AddTransient<SubscriptionDelivery>();
        return services;
    }
}
