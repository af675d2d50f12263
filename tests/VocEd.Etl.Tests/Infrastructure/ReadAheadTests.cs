using VocEd.Etl.Infrastructure;

namespace VocEd.Etl.Tests.Infrastructure;

public sealed class ReadAheadTests
{
    [Test]
    public void Hands_over_every_item_in_order_whatever_the_chunking()
    {
        foreach (var (count, chunk, chunks) in new[] { (0, 4, 2), (1, 4, 2), (1000, 7, 3), (4096, 256, 32) })
        {
            Assert.That(ReadAhead.Of(Enumerable.Range(0, count), chunk, chunks, CancellationToken.None), Is.EqualTo(Enumerable.Range(0, count)));
        }
    }

    [Test]
    public void The_producers_exception_reaches_the_consumer_after_the_items_before_it()
    {
        var seen = new List<int>();
        var ex = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Failing(), 3, 2, CancellationToken.None))
            {
                seen.Add(item);
            }
        });
        Assert.That(ex!.Message, Is.EqualTo("row 10 is bad"));
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 9)));

        static IEnumerable<int> Failing()
        {
            for (var i = 0; i < 9; i++)
            {
                yield return i;
            }

            throw new InvalidDataException("row 10 is bad");
        }
    }

    [Test]
    public void A_consumer_that_stops_early_stops_the_producer_and_nothing_runs_on_after_it()
    {
        var produced = 0;
        var finished = false;
        using (var items = ReadAhead.Of(Endless(), 4, 2, CancellationToken.None).GetEnumerator())
        {
            for (var i = 0; i < 10; i++)
            {
                Assert.That(items.MoveNext(), Is.True);
            }
        }

        // Disposing waited for the producer: it stopped within the queue's bound and ran its finally block.
        var after = Volatile.Read(ref produced);
        Assert.That(finished, Is.True);
        Assert.That(after, Is.LessThanOrEqualTo(12 + ((2 + 1) * 4)), "the chunks taken, the queue's two and the one being filled");
        Thread.Sleep(50);
        Assert.That(Volatile.Read(ref produced), Is.EqualTo(after));

        IEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref produced);
                    yield return i;
                }
            }
            finally
            {
                finished = true;
            }
        }
    }

    [Test]
    public void Cancellation_stops_the_producer_and_surfaces_as_cancellation()
    {
        using var cts = new CancellationTokenSource();
        Assert.That(() =>
        {
            foreach (var item in ReadAhead.Of(Enumerable.Range(0, 1_000_000), 16, 2, cts.Token))
            {
                if (item == 100)
                {
                    cts.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
    }
}
