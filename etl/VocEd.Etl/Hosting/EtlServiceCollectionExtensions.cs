using Microsoft.Extensions.DependencyInjection;
using VocEd.Etl.Claims;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Withdraw;

namespace VocEd.Etl.Hosting;

/// <summary>The ETL's registrations (the warehouse's come from AddWarehouse).</summary>
public static class EtlServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ETL with its settings: the ingest of files and the load of a registered submission by id
    /// (<see cref="IngestRunner"/>), the receipt of files (<see cref="SubmissionReceiver"/>), withdrawal, and the
    /// pseudonymizer, whose key file is read when a service first needs it. The key is never made here: a missing key
    /// file is an error naming it (<c>voced pseudonym-key init</c> is the one way to make one).
    /// </summary>
    public static IServiceCollection AddEtl(this IServiceCollection services, EtlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new Pseudonymizer(PseudonymKey.Load(options.PseudonymKeyFile)));
        services.AddSingleton<DimensionKeysCache>();
        services.AddTransient<IngestRunner>();
        services.AddTransient<SubmissionReceiver>();
        services.AddTransient<SubmissionWithdrawer>();
        return services;
    }
}
