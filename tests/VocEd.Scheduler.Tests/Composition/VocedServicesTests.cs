using Microsoft.Extensions.DependencyInjection;
using VocEd.Cubes.Refresh;
using VocEd.Etl;
using VocEd.Etl.Claims;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Withdraw;
using VocEd.Reports.Exports;
using VocEd.Scheduler.Composition;
using VocEd.Testing;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Composition;

/// <summary>The container the CLI and the scheduler host build: every registration resolves.</summary>
public sealed class VocedServicesTests
{
    [Test]
    public void Every_registered_service_resolves_from_the_container_the_host_builds()
    {
        using var temp = new TempDirectory();
        var etl = new EtlOptions
        {
            PseudonymKeyFile = Path.Combine(temp.Path, "secrets", "key.json"),
            QuarantineDirectory = Path.Combine(temp.Path, "quarantine"),
            StoreDirectory = Path.Combine(temp.Path, "store"),
        };
        PseudonymKey.Init(etl.PseudonymKeyFile); // made explicitly, as `voced pseudonym-key init` does
        var collection = new ServiceCollection().AddVoced(TestWarehouses.Sqlite(temp), etl, VocEd.Warehouse.Reference.ReferenceDataSet.DefaultDirectory);
        using var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = services.CreateScope();

        var closed = collection.Where(d => !d.ServiceType.IsGenericTypeDefinition).Select(d => d.ServiceType).Distinct().ToList();
        Assert.That(closed, Has.Count.GreaterThan(10));
        foreach (var type in closed)
        {
            Assert.That(scope.ServiceProvider.GetService(type), Is.Not.Null, type.FullName);
        }

        Assert.Multiple(() =>
        {
            Assert.That(scope.ServiceProvider.GetService<IWarehouseContextFactory>(), Is.Not.Null);
            Assert.That(scope.ServiceProvider.GetService<WarehouseMigrator>(), Is.Not.Null);
            Assert.That(scope.ServiceProvider.GetService<IngestRunner>(), Is.Not.Null, "ingest of files, load of a registered submission by id");
            Assert.That(scope.ServiceProvider.GetService<SubmissionReceiver>(), Is.Not.Null, "receipt");
            Assert.That(scope.ServiceProvider.GetService<SubmissionWithdrawer>(), Is.Not.Null, "withdrawal");
            Assert.That(scope.ServiceProvider.GetService<CubeRefresher>(), Is.Not.Null, "refresh");
            Assert.That(scope.ServiceProvider.GetService<CubeExporter>(), Is.Not.Null, "export");
        });
    }

    [Test]
    public void The_container_never_makes_a_pseudonym_key_and_names_the_missing_file()
    {
        using var temp = new TempDirectory();
        var etl = new EtlOptions
        {
            PseudonymKeyFile = Path.Combine(temp.Path, "secrets", "key.json"),
            QuarantineDirectory = Path.Combine(temp.Path, "quarantine"),
            StoreDirectory = Path.Combine(temp.Path, "store"),
        };
        using var services = VocedServices.Build(TestWarehouses.Sqlite(temp), etl, VocEd.Warehouse.Reference.ReferenceDataSet.DefaultDirectory);

        Assert.That(() => services.GetRequiredService<IngestRunner>(),
            Throws.TypeOf<PseudonymKeyException>().With.Message.Contains(etl.PseudonymKeyFile).And.Message.Contains("pseudonym-key init"));
        Assert.That(File.Exists(etl.PseudonymKeyFile), Is.False, "no key made on the fly");
    }
}
