using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_destination: the 毕业去向 codes with their groups and indicator flags.</summary>
internal sealed class DestinationSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    public Task<SeedCount> SeedAsync(CancellationToken ct) =>
        Upsert.RunAsync(
            db,
            db.DimDestinations.Where(d => d.DestinationKey > 0),
            reference.Destinations.Select(d => new DimDestination
            {
                DestinationCode = d.Code,
                NameZh = d.NameZh,
                DestinationGroup = d.Group,
                ReportGroup = d.ReportGroup,
                IsPlaced = d.IsPlaced,
                IsEmployed = d.IsEmployed,
                IsFurtherStudy = d.IsFurtherStudy,
                IsSelfEmployed = d.IsSelfEmployed,
            }),
            d => d.DestinationCode,
            (from, to) =>
            {
                to.NameZh = from.NameZh;
                to.DestinationGroup = from.DestinationGroup;
                to.ReportGroup = from.ReportGroup;
                to.IsPlaced = from.IsPlaced;
                to.IsEmployed = from.IsEmployed;
                to.IsFurtherStudy = from.IsFurtherStudy;
                to.IsSelfEmployed = from.IsSelfEmployed;
            },
            ct);
}
