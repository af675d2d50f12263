using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>
/// dim_policy_threshold: the thresholds of policy-thresholds.csv, by (school type, indicator, level). Unlike the
/// dimensions facts point to, a threshold no longer in the file is deleted: the file is the whole policy.
/// </summary>
internal sealed class PolicyThresholdSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public async Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var wanted = reference.PolicyThresholds.Select(t => new DimPolicyThreshold
        {
            SchoolType = t.SchoolType,
            Indicator = t.Indicator,
            Comparison = t.Comparison,
            ThresholdValue = (double)t.Value,
            Unit = t.Unit,
            Level = t.Level,
            Source = t.Source,
        }).ToList();
        var keys = wanted.Select(Key).ToHashSet(StringComparer.Ordinal);
        var gone = (await db.DimPolicyThresholds.ToListAsync(ct).ConfigureAwait(false)).Where(t => !keys.Contains(Key(t))).ToList();
        db.DimPolicyThresholds.RemoveRange(gone);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        var count = await Upsert.RunAsync(
            db,
            db.DimPolicyThresholds,
            wanted,
            Key,
            (from, to) =>
            {
                to.Comparison = from.Comparison;
                to.ThresholdValue = from.ThresholdValue;
                to.Unit = from.Unit;
                to.Source = from.Source;
            },
            ct).ConfigureAwait(false);
        return count with { Updated = count.Updated + gone.Count };
    }

    private static string Key(DimPolicyThreshold t) => $"{t.SchoolType}/{t.Indicator}/{t.Level}";
}
