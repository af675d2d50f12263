using System.Collections.Concurrent;

namespace VocEd.Etl.Infrastructure;

/// <summary>
/// Runs an enumeration on a worker thread and hands its items to the consumer in chunks through a bounded queue, so
/// reading, validating, pseudonymizing and mapping the next rows (CPU on one core) overlaps the bulk copy of the
/// previous ones (the database driver on the other). Memory stays bounded: at most <c>chunks</c> chunks of
/// <c>chunkSize</c> items wait in the queue. The producer's exception is rethrown to the consumer; a consumer that
/// stops early (an error in the copy) stops the producer and waits for it, so nothing runs on after the call.
/// Whatever state the source updates as it goes (tallies, rejections) is safe to read once the enumeration ends.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken ct) => Of(source, 1024, 8, ct);

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunkSize, int chunks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 1);
        return Run(source, chunkSize, chunks, ct);
    }

    private static IEnumerable<T> Run<T>(IEnumerable<T> source, int chunkSize, int chunks, CancellationToken ct)
    {
        var queue = new BlockingCollection<List<T>>(chunks);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Factory.StartNew(
            () => Produce(source, queue, chunkSize, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }

            // The queue is complete: the producer has finished, normally or with an exception to pass on.
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            WaitQuietly(producer);
            queue.Dispose();
            stop.Dispose();
        }
    }

    private static void Produce<T>(IEnumerable<T> source, BlockingCollection<List<T>> queue, int chunkSize, CancellationToken stop)
    {
        try
        {
            var chunk = new List<T>(chunkSize);
            foreach (var item in source)
            {
                chunk.Add(item);
                if (chunk.Count == chunkSize)
                {
                    queue.Add(chunk, stop);
                    chunk = new List<T>(chunkSize);
                }
            }

            stop.ThrowIfCancellationRequested();
            if (chunk.Count > 0)
            {
                queue.Add(chunk, stop);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    /// <summary>Waits for a producer the consumer abandoned; its exception, if any, is not the one that matters.</summary>
    private static void WaitQuietly(Task producer)
    {
        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // Either already rethrown to the consumer, or the cancellation the consumer asked for.
        }
    }
}
