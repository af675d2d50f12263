using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Etl.Conform;

/// <summary>
/// The reference dimensions' keys kept between the loads of one process: a worker loads each file as a job of its own,
/// thousands a night, and reading every region and major again for each would cost more than many a file's rows. The
/// keys change only when the reference data is seeded, and a seeding that changes any reference file records it in
/// <c>etl_reference_load</c> in the same transaction as the dimension rows: the newest record's id says whether the kept
/// keys are still the warehouse's. One instance serves one warehouse.
/// </summary>
public sealed class DimensionKeysCache
{
    private Kept? _kept;

    /// <summary>The keys as the warehouse has them now: the kept ones when no seeding happened since they were read.</summary>
    public async Task<DimensionKeys> GetAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.EtlReferenceLoads.MaxAsync(r => (long?)r.ReferenceLoadId, ct).ConfigureAwait(false);
        if (Volatile.Read(ref _kept) is { } kept && kept.Version == version)
        {
            return kept.Keys;
        }

        var keys = await DimensionKeys.LoadAsync(db, ct).ConfigureAwait(false);
        Volatile.Write(ref _kept, new Kept(version, keys));
        return keys;
    }

    private sealed record Kept(long? Version, DimensionKeys Keys);
}
