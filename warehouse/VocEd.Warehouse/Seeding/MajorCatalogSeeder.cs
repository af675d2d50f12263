using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_major_catalog: one row per catalog version in major-catalogs.csv.</summary>
internal sealed class MajorCatalogSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct) =>
        Upsert.RunAsync(
            db,
            db.DimMajorCatalogs,
            reference.MajorCatalogs.Select(c => new DimMajorCatalog
            {
                CatalogCode = c.CatalogCode,
                CatalogVersion = c.Version,
                NameZh = c.NameZh,
                EffectiveFrom = c.EffectiveFrom,
                Status = c.Status,
                ScopeRegionCode = c.ScopeRegionCode,
                Source = c.Source,
            }),
            c => c.CatalogCode + "|" + c.CatalogVersion,
            (from, to) =>
            {
                to.NameZh = from.NameZh;
                to.EffectiveFrom = from.EffectiveFrom;
                to.Status = from.Status;
                to.ScopeRegionCode = from.ScopeRegionCode;
                to.Source = from.Source;
            },
            ct);
}
