using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Bridges;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>bridge_major_industry: the weighted category → section crosswalks (education and technical), one version per effective date.</summary>
internal sealed class CrosswalkSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public async Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var industries = await db.DimIndustries.AsNoTracking()
            .ToDictionaryAsync(i => i.SectionCode, i => i.IndustryKey, StringComparer.Ordinal, ct).ConfigureAwait(false);
        return await Upsert.RunAsync(
            db,
            db.BridgeMajorIndustries,
            reference.Crosswalk.Select(c => new BridgeMajorIndustry
            {
                Crosswalk = c.Crosswalk,
                EffectiveFrom = c.EffectiveFrom,
                MajorCategoryCode = c.CategoryCode,
                SectionCode = c.Section,
                IndustryKey = industries[c.Section],
                Weight = c.Weight,
            }),
            b => string.Join('|', b.Crosswalk, b.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.MajorCategoryCode, b.SectionCode),
            (from, to) =>
            {
                to.IndustryKey = from.IndustryKey;
                to.Weight = from.Weight;
            },
            ct).ConfigureAwait(false);
    }
}
