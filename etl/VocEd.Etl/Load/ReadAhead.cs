using System.Collections.Concurrent;

namespace VocEd.Etl.Load;

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
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken ct) => Of(source, 256, 32, ct);

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunkSize, int chunks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 1);
        return Run(source, chunkSize, chunks, ct);
    }

    /// <summary>
    /// Starts reading <paramref name="source"/> ahead now, before anyone asks for its items (a lazy <see cref="Of{T}(IEnumerable{T}, CancellationToken)"/>
    /// starts at the first item asked for). The caller owns the buffer: <see cref="ReadAheadBuffer{T}.Items"/> once, or
    /// <see cref="IDisposable.Dispose"/> to stop the producer unread.
    /// </summary>
    public static ReadAheadBuffer<T> Start<T>(IEnumerable<T> source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ReadAheadBuffer<T>(source, 256, 32, ct);
    }

    private static IEnumerable<T> Run<T>(IEnumerable<T> source, int chunkSize, int chunks, CancellationToken ct)
    {
        using var buffer = new ReadAheadBuffer<T>(source, chunkSize, chunks, ct);
        foreach (var item in buffer.Items())
        {
            yield return item;
        }
    }
}

/// <summary>The bounded queue and producer thread behind <see cref="ReadAhead"/>; disposing it stops the producer and waits for it.</summary>
internal sealed class ReadAheadBuffer<T> : IDisposable
{
    private readonly BlockingCollection<List<T>> _queue;
    private readonly CancellationTokenSource _stop;
    private readonly Task _producer;
    private int _taken;
    private bool _disposed;

    public ReadAheadBuffer(IEnumerable<T> source, int chunkSize, int chunks, CancellationToken ct)
    {
        _queue = new BlockingCollection<List<T>>(chunks);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var stop = _stop.Token;
        _producer = Task.Factory.StartNew(
            () => Produce(source, _queue, chunkSize, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The items in source order (once per buffer); the producer's exception, if any, is rethrown at the end.</summary>
    public IEnumerable<T> Items()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Interlocked.Exchange(ref _taken, 1) == 1)
        {
            throw new InvalidOperationException("a read-ahead buffer is read once");
        }

        return Drain();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        WaitQuietly(_producer);
        _queue.Dispose();
        _stop.Dispose();
    }

    private IEnumerable<T> Drain()
    {
        foreach (var chunk in _queue.GetConsumingEnumerable(CancellationToken.None))
        {
            foreach (var item in chunk)
            {
                yield return item;
            }
        }

        // The queue is complete: the producer has finished, normally or with an exception to pass on.
        _producer.GetAwaiter().GetResult();
    }

    private static void Produce(IEnumerable<T> source, BlockingCollection<List<T>> queue, int chunkSize, CancellationToken stop)
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
