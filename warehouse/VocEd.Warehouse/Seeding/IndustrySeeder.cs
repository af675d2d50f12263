using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_industry: the 20 GB/T 4754-2017 sections with division ranges and sector.</summary>
internal sealed class IndustrySeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    private static readonly string[] _sectorNames = ["", "第一产业", "第二产业", "第三产业"];

    public Task<SeedCount> SeedAsync(CancellationToken ct) =>
        Upsert.RunAsync(
            db,
            db.DimIndustries.Where(i => i.IndustryKey > 0),
            reference.IndustrySections.Select(s => new DimIndustry
            {
                SectionCode = s.Section,
                NameZh = s.NameZh,
                NameEn = s.NameEn,
                DivisionFrom = s.DivisionFrom,
                DivisionTo = s.DivisionTo,
                Sector = s.Sector,
                SectorNameZh = s.Sector is >= 1 and <= 3 ? _sectorNames[s.Sector] : throw new ReferenceDataException($"section {s.Section}: sector {s.Sector} is not 1, 2 or 3"),
            }),
            i => i.SectionCode,
            (from, to) =>
            {
                to.NameZh = from.NameZh;
                to.NameEn = from.NameEn;
                to.DivisionFrom = from.DivisionFrom;
                to.DivisionTo = from.DivisionTo;
                to.Sector = from.Sector;
                to.SectorNameZh = from.SectorNameZh;
            },
            ct);
}
