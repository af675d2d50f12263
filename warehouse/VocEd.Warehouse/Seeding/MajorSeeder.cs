using System.Globalization;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>
/// dim_major: the education catalog's majors (category and class from the code) and the technical
/// catalogs' majors (category from the catalog row, never from the digits).
/// </summary>
internal sealed class MajorSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var catalogs = reference.MajorCatalogs.ToDictionary(c => c.CatalogCode, StringComparer.Ordinal);
        var education = catalogs.TryGetValue("education", out var educationCatalog)
            ? educationCatalog
            : throw new ReferenceDataException("major-catalogs.csv has no row for catalog 'education'");
        var categories = reference.MajorCategories.ToDictionary(c => (c.Level, c.CategoryCode));
        var classes = reference.MajorClasses.ToDictionary(c => c.AssociateClassCode, StringComparer.Ordinal);
        var technicalPrefix = reference.TechnicalCategories.ToDictionary(c => c.NameZh, c => c.Prefix, StringComparer.Ordinal);

        var rows = reference.EducationMajors.Select(m =>
        {
            var category = categories[(m.Level, m.MajorCode[..2])];
            var classCode = m.MajorCode[..4];
            var associateClass = (int.Parse(classCode, CultureInfo.InvariantCulture) + (100 * MajorLevels.OffsetToAssociate(m.Level)))
                .ToString(CultureInfo.InvariantCulture);
            return new DimMajor
            {
                CatalogCode = education.CatalogCode,
                CatalogVersion = education.Version,
                MajorCode = m.MajorCode,
                NameZh = m.NameZh,
                Level = m.Level,
                CategoryCode = category.CategoryCode,
                CategoryNameZh = category.NameZh,
                MajorCategoryCode = category.AssociateCategoryCode,
                ClassCode = classCode,
                ClassNameZh = classes.TryGetValue(associateClass, out var c) ? c.NameZh : null,
                IsSynthetic = m.IsSynthetic,
                EffectiveFrom = education.EffectiveFrom,
                Status = "active",
                Source = m.Source,
            };
        }).ToList();

        rows.AddRange(reference.TechnicalMajors.Select(m =>
        {
            var catalog = catalogs[m.CatalogCode];
            return new DimMajor
            {
                CatalogCode = catalog.CatalogCode,
                CatalogVersion = catalog.Version,
                MajorCode = m.MajorCode,
                NameZh = m.NameZh,
                Level = MajorLevels.Technical,
                CategoryCode = technicalPrefix[m.CategoryZh],
                CategoryNameZh = m.CategoryZh,
                MajorCategoryCode = m.CategoryZh,
                EffectiveFrom = catalog.EffectiveFrom,
                Status = "active",
                Source = m.Source,
            };
        }));

        return Upsert.RunAsync(
            db,
            db.DimMajors.Where(m => m.MajorKey > 0),
            rows,
            m => m.CatalogCode + "|" + m.CatalogVersion + "|" + m.MajorCode,
            (from, to) =>
            {
                to.NameZh = from.NameZh;
                to.Level = from.Level;
                to.CategoryCode = from.CategoryCode;
                to.CategoryNameZh = from.CategoryNameZh;
                to.MajorCategoryCode = from.MajorCategoryCode;
                to.ClassCode = from.ClassCode;
                to.ClassNameZh = from.ClassNameZh;
                to.IsSynthetic = from.IsSynthetic;
                to.EffectiveFrom = from.EffectiveFrom;
                to.Status = from.Status;
                to.Source = from.Source;
            },
            ct);
    }
}
