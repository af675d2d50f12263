using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>
/// Seeds the reference dimensions from the shipped reference files: inserts what is missing and
/// updates what changed, matching rows on their natural keys, in one transaction. Running it
/// twice changes nothing; rows that facts may point to are never deleted.
/// </summary>
public sealed class ReferenceDataSeeder(WarehouseDbContext db, ReferenceDataSet reference, TimeProvider time)
{
    /// <summary>First and last calendar years of dim_date and dim_academic_year.</summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2040;

    public async Task<SeedReport> SeedAsync(CancellationToken ct)
    {
        var report = new SeedReport();
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        report.Add("dim_region", await new RegionSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_major_catalog", await new MajorCatalogSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_major_category", await new MajorCategorySeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_major_class", await new MajorClassSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_major", await new MajorSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_industry", await new IndustrySeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("bridge_major_industry", await new CrosswalkSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_destination", await new DestinationSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_policy_threshold", await new PolicyThresholdSeeder(db, reference).SeedAsync(ct).ConfigureAwait(false));
        report.Add("dim_submission_deadline", await new SubmissionDeadlineSeeder(db, reference).SeedAsync(FirstYear - 1, LastYear, ct).ConfigureAwait(false));
        report.Add("dim_academic_year", await CalendarSeeder.SeedAcademicYearsAsync(db, FirstYear - 1, LastYear, ct).ConfigureAwait(false));
        report.Add("dim_date", await CalendarSeeder.SeedDatesAsync(db, FirstYear, LastYear, ct).ConfigureAwait(false));
        await RecordFilesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return report;
    }

    private async Task RecordFilesAsync(CancellationToken ct)
    {
        var known = await db.EtlReferenceLoads.AsNoTracking()
            .Select(r => new { r.FileName, r.ContentHash })
            .ToListAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var path in Directory.EnumerateFiles(reference.Directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (known.Any(k => k.FileName == name && k.ContentHash == hash))
            {
                continue;
            }

            var rows = bytes.Count(b => b == (byte)'\n') - 1;
            db.EtlReferenceLoads.Add(new EtlReferenceLoad { FileName = name, ContentHash = hash, RowsSeeded = Math.Max(rows, 0), LoadedAt = now });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
