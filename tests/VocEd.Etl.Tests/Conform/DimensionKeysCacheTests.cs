using VocEd.Etl.Conform;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Conform;

[TestFixture]
public sealed class DimensionKeysCacheTests
{
    [Test]
    public async Task Keys_are_read_once_and_again_only_after_the_reference_data_is_seeded()
    {
        using var harness = await LoadHarness.CreateAsync("sqlite");
        var cache = new DimensionKeysCache();
        DimensionKeys first, second;
        await using (var db = harness.Db())
        {
            first = await cache.GetAsync(db, CancellationToken.None);
        }

        await using (var db = harness.Db())
        {
            second = await cache.GetAsync(db, CancellationToken.None);
        }

        Assert.That(second, Is.SameAs(first), "nothing was seeded between the two loads");
        Assert.That(first.Region("449901"), Is.EqualTo(DimRegion.UnknownKey));

        // A seeding that adds a county records its reference file in the same transaction.
        await using (var db = harness.Db())
        {
            db.DimRegions.Add(new DimRegion { RegionCode = "449901", RegionLevel = "county", NameZh = "新区", ParentRegionCode = "4499", ProvinceCode = "44" });
            db.EtlReferenceLoads.Add(new EtlReferenceLoad { FileName = "regions.csv", ContentHash = new string('0', 64), RowsSeeded = 1, LoadedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        DimensionKeys third;
        await using (var db = harness.Db())
        {
            third = await cache.GetAsync(db, CancellationToken.None);
        }

        Assert.That(third, Is.Not.SameAs(first));
        Assert.That(third.Region("449901"), Is.GreaterThan(0), "the county seeded after the first read is known");
    }
}
