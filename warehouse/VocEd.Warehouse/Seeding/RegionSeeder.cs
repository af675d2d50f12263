using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_region: the nation, 31 provinces, every prefecture row and every county of the statistical code list.</summary>
internal sealed class RegionSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var provinces = reference.Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var prefectures = reference.Prefectures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var economic = reference.EconomicRegions.ToDictionary(e => e.Code, e => e.NameZh, StringComparer.Ordinal);

        var rows = new List<DimRegion>
        {
            new() { RegionCode = "CN", RegionLevel = "nation", NameZh = "全国" },
        };
        rows.AddRange(reference.Provinces.Select(p => new DimRegion
        {
            RegionCode = p.Code,
            RegionLevel = "province",
            NameZh = p.NameZh,
            ParentRegionCode = "CN",
            ProvinceCode = p.Code,
            ProvinceNameZh = p.NameZh,
            EconomicRegion = p.EconomicRegion,
            EconomicRegionZh = economic[p.EconomicRegion],
        }));
        rows.AddRange(reference.Prefectures.Select(c =>
        {
            var province = provinces[c.ProvinceCode];
            return new DimRegion
            {
                RegionCode = c.Code,
                RegionLevel = "prefecture",
                NameZh = c.NameZh,
                ParentRegionCode = c.ProvinceCode,
                ProvinceCode = c.ProvinceCode,
                ProvinceNameZh = province.NameZh,
                PrefectureCode = c.Code,
                PrefectureNameZh = c.NameZh,
                EconomicRegion = province.EconomicRegion,
                EconomicRegionZh = economic[province.EconomicRegion],
            };
        }));
        rows.AddRange(reference.Counties.Select(a =>
        {
            var province = provinces[a.ProvinceCode];
            var prefecture = prefectures[a.PrefectureCode];
            return new DimRegion
            {
                RegionCode = a.Code,
                RegionLevel = "county",
                NameZh = a.NameZh,
                ParentRegionCode = a.PrefectureCode,
                ProvinceCode = a.ProvinceCode,
                ProvinceNameZh = province.NameZh,
                PrefectureCode = a.PrefectureCode,
                PrefectureNameZh = prefecture.NameZh,
                CountyCode = a.Code,
                EconomicRegion = province.EconomicRegion,
                EconomicRegionZh = economic[province.EconomicRegion],
            };
        }));

        return Upsert.RunAsync(db, db.DimRegions.Where(r => r.RegionKey > 0), rows, r => r.RegionCode, Copy, ct);
    }

    private static void Copy(DimRegion from, DimRegion to)
    {
        to.RegionLevel = from.RegionLevel;
        to.NameZh = from.NameZh;
        to.ParentRegionCode = from.ParentRegionCode;
        to.ProvinceCode = from.ProvinceCode;
        to.ProvinceNameZh = from.ProvinceNameZh;
        to.PrefectureCode = from.PrefectureCode;
        to.PrefectureNameZh = from.PrefectureNameZh;
        to.CountyCode = from.CountyCode;
        to.EconomicRegion = from.EconomicRegion;
        to.EconomicRegionZh = from.EconomicRegionZh;
    }
}
