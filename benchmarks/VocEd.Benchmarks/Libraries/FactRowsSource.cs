using Microsoft.EntityFrameworkCore;
using VocEd.Etl;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The fact rows the bulk writers are compared on, made as the ingest makes them: the sample's school_profile and
/// regional_industry files ingested into a SQLite warehouse (the schools and dimension keys), then each chosen
/// enrollment and graduate_destination file scanned, validated, pseudonymized and mapped, its rows kept in memory,
/// with the file's position as its submission id. That warehouse, whose fact tables are still empty, is the SQLite
/// comparison's target.
/// </summary>
internal static class FactRowsSource
{
    public static async Task<(WarehouseOptions Warehouse, List<FactRowsFile> Files)> BuildAsync(string sample, string work, int fileCount)
    {
        var warehouse = new WarehouseOptions(WarehouseProvider.Sqlite, $"Data Source={Path.Combine(work, "warehouse.db")};Pooling=False");
        var reference = ReferenceDataSet.Load();
        await new WarehouseMigrator(warehouse, reference, TimeProvider.System).MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var options = new EtlOptions { PseudonymKeyFile = Path.Combine(work, "key.json"), QuarantineDirectory = Path.Combine(work, "quarantine") };
        var pseudonymizer = new Pseudonymizer(BenchKeys.Open(options.PseudonymKeyFile));
        var csv = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var dimensionFiles = csv.Where(f => IsIn(f, "school_profile") || IsIn(f, "regional_industry")).ToList();
        var factFiles = Spread(csv.Where(f => IsIn(f, "enrollment") || IsIn(f, "graduate_destination")).ToList(), fileCount);
        await new IngestRunner(warehouse, reference, pseudonymizer, options, TimeProvider.System).RunAsync(dimensionFiles, null, CancellationToken.None).ConfigureAwait(false);
        var context = new WarehouseValidationContext(reference, TimeProvider.System);
        DimensionKeys keys;
        SchoolKeys schools;
        await using (var db = WarehouseDbContextFactory.Create(warehouse))
        {
            await context.LoadSchoolsAsync(db, CancellationToken.None).ConfigureAwait(false);
            keys = await DimensionKeys.LoadAsync(db, CancellationToken.None).ConfigureAwait(false);
            var versions = await db.DimSchools.AsNoTracking().Select(s => new { s.SchoolCode, s.ValidFrom, s.ValidTo, s.SchoolKey }).ToListAsync().ConfigureAwait(false);
            schools = SchoolKeys.Of(versions.Select(v => (v.SchoolCode, v.ValidFrom, v.ValidTo, v.SchoolKey)));
        }

        var scanner = new SubmissionScanner(context, pseudonymizer, options);
        var files = new List<FactRowsFile>();
        long id = 0;
        foreach (var file in factFiles)
        {
            var scan = scanner.Scan(file);
            var stream = new RowStream(scan, ++id, options.RejectionRatePolicy);
            var mapper = new FactRowMapper(keys, schools, id);
            var accepted = stream.Accepted(CancellationToken.None);
            files.Add(scan.Kind switch
            {
                SubmissionKind.Enrollment => new FactRowsFile(file, [.. accepted.Select(mapper.Enrollment)], []),
                SubmissionKind.GraduateDestination => new FactRowsFile(file, [], [.. accepted.Select(mapper.Graduate)]),
                _ => throw new InvalidOperationException($"{file}: not a fact file of the two large kinds ({scan.Kind})"),
            });
        }

        return (warehouse, files);
    }

    /// <summary>Up to <paramref name="count"/> items spread evenly over the list (every kind and year of a sorted sample).</summary>
    public static List<string> Spread(List<string> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (count >= items.Count)
        {
            return items;
        }

        return [.. Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)])];
    }

    private static bool IsIn(string path, string kind) =>
        path.Contains($"{Path.DirectorySeparatorChar}{kind}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
