using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_major_category: the 19 education categories at each of three levels, and the technical-school categories.</summary>
internal sealed class MajorCategorySeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var education = reference.MajorCategories.Select(c => new DimMajorCategory
        {
            Level = c.Level,
            CategoryCode = c.CategoryCode,
            MajorCategoryCode = c.AssociateCategoryCode,
            CubeCode = c.AssociateCategoryCode,
            NameZh = c.NameZh,
            NameEn = c.NameEn,
        });
        var technical = reference.TechnicalCategories.Select(c => new DimMajorCategory
        {
            Level = MajorLevels.Technical,
            CategoryCode = c.Prefix,
            MajorCategoryCode = c.NameZh,
            CubeCode = c.CubeCode,
            NameZh = c.NameZh,
        });
        return Upsert.RunAsync(
            db,
            db.DimMajorCategories,
            education.Concat(technical),
            c => c.Level + "|" + c.MajorCategoryCode,
            (from, to) =>
            {
                to.CategoryCode = from.CategoryCode;
                to.CubeCode = from.CubeCode;
                to.NameZh = from.NameZh;
                to.NameEn = from.NameEn;
            },
            ct);
    }
}
