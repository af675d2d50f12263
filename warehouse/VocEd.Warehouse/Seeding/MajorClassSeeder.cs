using System.Globalization;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_major_class: every associate-level class, repeated at bachelor (−20) and secondary (+20) positions.</summary>
internal sealed class MajorClassSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct)
    {
        var levels = new[] { MajorLevels.Secondary, MajorLevels.Associate, MajorLevels.Bachelor };
        var rows = reference.MajorClasses.SelectMany(c => levels.Select(level => new DimMajorClass
        {
            Level = level,
            ClassCode = (int.Parse(c.AssociateClassCode, CultureInfo.InvariantCulture) - (100 * MajorLevels.OffsetToAssociate(level)))
                .ToString(CultureInfo.InvariantCulture),
            AssociateClassCode = c.AssociateClassCode,
            NameZh = c.NameZh,
            Status = c.Status,
        }));
        return Upsert.RunAsync(
            db,
            db.DimMajorClasses,
            rows,
            c => c.Level + "|" + c.ClassCode,
            (from, to) =>
            {
                to.AssociateClassCode = from.AssociateClassCode;
                to.NameZh = from.NameZh;
                to.Status = from.Status;
            },
            ct);
    }
}
