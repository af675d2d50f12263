using VocEd.Generator.Randomness;

namespace VocEd.Generator.Tests.Randomness;

public sealed class PrngTests
{
    [Test]
    public void Same_seed_and_purpose_give_the_same_sequence()
    {
        var a = Prng.For(1, 2, 3);
        var b = Prng.For(1, 2, 3);

        Assert.That(Enumerable.Range(0, 5).Select(_ => a.NextUInt64()), Is.EqualTo(Enumerable.Range(0, 5).Select(_ => b.NextUInt64())));
    }

    [Test]
    public void Different_purposes_give_different_sequences()
    {
        var a = Prng.For(1, 2, 3);
        var b = Prng.For(1, 2, 4);

        Assert.That(a.NextUInt64(), Is.Not.EqualTo(b.NextUInt64()));
    }

    [Test]
    public void Next_stays_in_range_and_covers_it()
    {
        var rng = new Prng(42);
        var seen = Enumerable.Range(0, 1000).Select(_ => rng.Next(7)).ToHashSet();

        Assert.That(seen, Is.EquivalentTo(Enumerable.Range(0, 7)));
    }
}
