using VocEd.Etl.Infrastructure;

namespace VocEd.Etl.Tests.Infrastructure;

public sealed class KeyedRowsPoolTests
{
    [Test]
    public void A_returned_set_comes_back_empty_and_one_grown_too_large_is_not_kept()
    {
        var small = KeyedRowsPool.Rent();
        small[1] = 1;
        KeyedRowsPool.Return(small);
        var again = KeyedRowsPool.Rent();
        Assert.That(again, Is.Empty);
        KeyedRowsPool.Return(again);

        var large = KeyedRowsPool.Rent();
        large.EnsureCapacity(KeyedRowsPool.LargestKept + 1);
        large[7] = 7;
        KeyedRowsPool.Return(large);
        for (var i = 0; i < 20; i++)
        {
            var rented = KeyedRowsPool.Rent();
            Assert.That(rented, Is.Not.SameAs(large).And.Empty);
        }
    }
}
