using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>A fresh, migrated warehouse on a provider, with its own pseudonym key and quarantine folder, and an ingest over it.</summary>
internal sealed class LoadHarness : IDisposable
{
    private readonly VocEd.Testing.TempDirectory _directory = new("voced-load");

    private LoadHarness(WarehouseOptions warehouse)
    {
        Warehouse = warehouse;
        Options = new EtlOptions
        {
            PseudonymKeyFile = Path.Combine(_directory.Path, "secrets", "pseudonym-key.json"),
            QuarantineDirectory = Path.Combine(_directory.Path, "quarantine"),
            StoreDirectory = Path.Combine(_directory.Path, "store"),
        };
    }

    public WarehouseOptions Warehouse { get; private set; }

    public EtlOptions Options { get; }

    public string Folder => _directory.Path;

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public CapturingLogger<IngestRunner> Logger { get; } = new();

    public static async Task<LoadHarness> CreateAsync(string provider)
    {
        var harness = new LoadHarness(new WarehouseOptions(WarehouseProvider.Sqlite, string.Empty));
        harness.Warehouse = provider switch
        {
            "sqlite" => TestWarehouses.Sqlite(harness._directory),
            "postgres" => await TestWarehouses.PostgresAsync(EtlPostgresFixture.Server),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        await new WarehouseMigrator(harness.Warehouse, TestReferenceData.Load(), TimeProvider.System).MigrateAsync(CancellationToken.None);
        PseudonymKey.Init(harness.Options.PseudonymKeyFile); // made explicitly, as `voced pseudonym-key init` does
        return harness;
    }

    public Pseudonymizer Pseudonymizer() => new(PseudonymKey.Load(Options.PseudonymKeyFile));

    public Task<IngestSummary> IngestAsync(params string[] paths) => IngestAsync(null, paths);

    public Task<IngestSummary> IngestAsync(IProgress<IngestProgress>? progress, params string[] paths) =>
        new IngestRunner(Warehouse, TestReferenceData.Load(), Pseudonymizer(), Options, Time, Logger).RunAsync(paths, progress, CancellationToken.None);

    public WarehouseDbContext Db() => WarehouseDbContextFactory.Create(Warehouse);

    public void Dispose() => _directory.Dispose();
}
