using System.CommandLine;
using VocEd.Etl;
using VocEd.Scheduler.Composition;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Cli;

/// <summary>What a command's action gets: its parse result, settings and the output writers.</summary>
internal sealed class CommandContext(ParseResult parse, VocedSettings settings, TextWriter output, TextWriter error)
{
    public ParseResult Parse { get; } = parse;

    public VocedSettings Settings { get; } = settings;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>True when the user named a warehouse on the command line.</summary>
    public bool WarehouseGivenOnCommandLine =>
        Parse.GetValue(GlobalOptions.Provider) is not null || Parse.GetValue(GlobalOptions.Connection) is not null;

    public WarehouseOptions Warehouse() =>
        Settings.Warehouse(Parse.GetValue(GlobalOptions.Provider), Parse.GetValue(GlobalOptions.Connection));

    /// <summary>The warehouse, which must exist with its schema up to date (<see cref="WarehouseCheck"/>): for every command but db migrate, ingest and demo.</summary>
    public async Task<WarehouseOptions> ExistingWarehouseAsync(CancellationToken ct)
    {
        var options = Warehouse();
        await WarehouseCheck.EnsureMigratedAsync(options, Settings.HomeDirectory, ct).ConfigureAwait(false);
        return options;
    }

    public WarehouseProvider Provider() => Settings.Provider(Parse.GetValue(GlobalOptions.Provider));

    public ReferenceDataSet Reference() => ReferenceDataSet.Load(Settings.ReferenceDirectory);

    /// <summary>What a scheduler host is built from: the warehouse named on the command line or in the settings, and the settings.</summary>
    public Scheduling.SchedulerSetup SchedulerSetup(WarehouseOptions? warehouse = null, EtlOptions? etl = null, Scheduling.SchedulerOptions? scheduler = null) =>
        new(warehouse ?? Warehouse(), etl ?? Settings.Etl(), scheduler ?? Settings.Scheduler(), Settings.ReferenceDirectory, Settings.Delivery());

    /// <summary>
    /// The services for the warehouse named on the command line or in the settings (or <paramref name="warehouse"/>), with
    /// the ETL settings of the configuration (or <paramref name="etl"/>): what the scheduler host builds too.
    /// </summary>
    public ServiceProvider Services(WarehouseOptions? warehouse = null, EtlOptions? etl = null) =>
        VocedServices.Build(warehouse ?? Warehouse(), etl ?? Settings.Etl(), Settings.ReferenceDirectory, Settings.Delivery());
}
