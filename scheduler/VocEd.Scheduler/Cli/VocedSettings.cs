using VocEd.Etl;
using VocEd.Reports.Delivery;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Cli;

/// <summary>
/// Resolves settings in order: command-line option, environment variable (VOCED_*), appsettings.json
/// in the current directory, appsettings.json beside the binaries, built-in default.
/// </summary>
internal sealed class VocedSettings
{
    private readonly IConfiguration _configuration;

    public VocedSettings(IConfiguration configuration, string homeDirectory)
    {
        _configuration = configuration;
        HomeDirectory = homeDirectory;
    }

    /// <summary>Where ./data/ lives: VOCED_HOME (set by the ./voced script to the repository root), else the current directory.</summary>
    public string HomeDirectory { get; }

    public static VocedSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var home = Environment.GetEnvironmentVariable("VOCED_HOME") is { Length: > 0 } h ? h : Directory.GetCurrentDirectory();
        return new VocedSettings(configuration, home);
    }

    /// <summary>
    /// The warehouse to use; <paramref name="providerOption"/> and <paramref name="connectionOption"/> come from the command
    /// line. A provider named where the connection string is given, or closer to the command line (option, then
    /// environment, then appsettings.json), is used — and refused, naming the right one, when the string is written for
    /// another. Otherwise the provider is the one the string's keywords belong to (Host=… is PostgreSQL's), so a
    /// connection string alone on the command line is enough.
    /// </summary>
    public WarehouseOptions Warehouse(string? providerOption, string? connectionOption)
    {
        var (connection, connectionLevel) = Ranked(connectionOption, _configuration["VOCED_CONNECTION"], _configuration["Warehouse:Connection"]);
        var (_, providerLevel) = Ranked(providerOption, _configuration["VOCED_PROVIDER"], _configuration["Warehouse:Provider"]);
        if (connection is null)
        {
            var provider = Provider(providerOption);
            return provider == WarehouseProvider.Sqlite
                ? WarehouseOptions.DefaultSqlite(HomeDirectory)
                : throw new UserErrorException($"provider {provider.ToName()} needs a connection string: pass --connection or set VOCED_CONNECTION");
        }

        var detected = ConnectionStrings.Detect(connection);
        if (providerLevel < connectionLevel && detected is { } written)
        {
            return new WarehouseOptions(written, ConnectionStrings.Normalize(written, connection));
        }

        var chosen = Provider(providerOption);
        if (detected is { } fits && fits != chosen)
        {
            throw new UserErrorException($"the connection string is written for {fits.ToName()} (it names {string.Join(", ", ConnectionStrings.Keys(connection))}), but the provider is {chosen.ToName()}: pass --provider {fits.ToName()}");
        }

        if (detected is null && chosen == WarehouseProvider.Sqlite)
        {
            throw new UserErrorException($"the connection string is not SQLite's (it names {string.Join(", ", ConnectionStrings.Keys(connection))}): pass --provider postgres or --provider sqlserver");
        }

        return new WarehouseOptions(chosen, ConnectionStrings.Normalize(chosen, connection));
    }

    /// <summary>The provider alone (for commands that do not connect).</summary>
    public WarehouseProvider Provider(string? providerOption)
    {
        var providerText = First(providerOption, _configuration["VOCED_PROVIDER"], _configuration["Warehouse:Provider"]) ?? "sqlite";
        return WarehouseProviderNames.TryParse(providerText, out var provider)
            ? provider
            : throw new UserErrorException($"unknown provider '{providerText}': use sqlite, postgres or sqlserver");
    }

    /// <summary>The reference data folder: VOCED_REFERENCE_DIRECTORY, Reference:Directory, or the copy beside the binaries.</summary>
    public string ReferenceDirectory =>
        First(_configuration["VOCED_REFERENCE_DIRECTORY"], _configuration["Reference:Directory"]) ?? ReferenceDataSet.DefaultDirectory;

    public string? this[string key] => _configuration[key];

    /// <summary>The ETL settings (section <c>Etl</c> of the configuration, e.g. <c>Etl__RejectionRateThreshold</c>), relative paths resolved against the home directory.</summary>
    public EtlOptions Etl()
    {
        var options = new EtlOptions();
        _configuration.GetSection(EtlOptions.SectionName).Bind(options);
        options.PseudonymKeyFile = Path.Combine(HomeDirectory, options.PseudonymKeyFile);
        options.QuarantineDirectory = Path.Combine(HomeDirectory, options.QuarantineDirectory);
        options.StoreDirectory = Path.Combine(HomeDirectory, First(_configuration["Scheduler:Store"]) ?? options.StoreDirectory);
        return options;
    }

    /// <summary>
    /// The scheduler's settings (section <c>Scheduler</c>, e.g. <c>Scheduler__SettleSeconds</c>; the inbox also
    /// <c>VOCED_INBOX</c>), folders resolved against the home directory; the store is the ETL's (<see cref="Etl"/>).
    /// </summary>
    public Scheduling.SchedulerOptions Scheduler()
    {
        var options = new Scheduling.SchedulerOptions();
        _configuration.GetSection(Scheduling.SchedulerOptions.SectionName).Bind(options);
        options.Inbox = Path.Combine(HomeDirectory, First(_configuration["VOCED_INBOX"]) ?? options.Inbox);
        options.Store = Etl().StoreDirectory;
        options.Exports = Path.Combine(HomeDirectory, options.Exports);
        options.Dashboards = Path.Combine(HomeDirectory, options.Dashboards);
        if (!string.IsNullOrWhiteSpace(options.StorageConnection) && !options.StorageConnection.Contains('=', StringComparison.Ordinal))
        {
            options.StorageConnection = Path.Combine(HomeDirectory, options.StorageConnection);
        }

        return options;
    }

    /// <summary>
    /// The delivery settings (section <c>Delivery</c>, e.g. <c>Delivery__Smtp__Host</c>), with the mail server's
    /// secrets also read from <c>VOCED_SMTP_USER</c> and <c>VOCED_SMTP_PASSWORD</c>, and a relative work folder resolved
    /// against the home directory.
    /// </summary>
    public DeliveryOptions Delivery()
    {
        var options = new DeliveryOptions();
        _configuration.GetSection(DeliveryOptions.SectionName).Bind(options);
        options.Smtp.Host = First(_configuration["VOCED_SMTP_HOST"], options.Smtp.Host) ?? options.Smtp.Host;
        options.Smtp.User = First(_configuration["VOCED_SMTP_USER"], options.Smtp.User);
        options.Smtp.Password = First(_configuration["VOCED_SMTP_PASSWORD"], options.Smtp.Password);
        if (options.WorkDirectory is { Length: > 0 } work)
        {
            options.WorkDirectory = Path.Combine(HomeDirectory, work);
        }

        return options;
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The web host's access settings (section <c>Access</c>, e.g. <c>Access__KnownProxies__0</c>).</summary>
    public VocEd.Scheduler.Access.AccessOptions AccessSettings()
    {
        var options = new VocEd.Scheduler.Access.AccessOptions();
        _configuration.GetSection(VocEd.Scheduler.Access.AccessOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>The first value given of (command line, environment, appsettings.json), and how close to the command line it came: 3, 2, 1, or 0 when none.</summary>
    private static (string? Value, int Level) Ranked(string? option, string? environment, string? settings) =>
        !string.IsNullOrWhiteSpace(option) ? (option, 3)
        : !string.IsNullOrWhiteSpace(environment) ? (environment, 2)
        : !string.IsNullOrWhiteSpace(settings) ? (settings, 1)
        : (null, 0);
}
