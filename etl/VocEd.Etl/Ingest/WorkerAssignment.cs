namespace VocEd.Etl.Ingest;

/// <summary>
/// Which worker takes the next file of a phase: the worker that already holds a file of the same partition key
/// (queued or loading), so that one key's files load in their order on one worker; otherwise the worker with the
/// fewest files queued or loading. A fixed worker per key (a hash) let a run of files hashing to one worker fill its
/// queue and stop the hand-out while the other worker ran dry.
/// </summary>
internal sealed class WorkerAssignment
{
    private readonly Lock _gate = new();
    private readonly int[] _held;
    private readonly Dictionary<string, (int Worker, int Files)> _keys = new(StringComparer.Ordinal);

    public WorkerAssignment(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _held = new int[workers];
    }

    /// <summary>The worker for a file of this key; it holds the file until <see cref="Done"/>.</summary>
    public int Assign(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            int worker;
            if (_keys.TryGetValue(key, out var held))
            {
                worker = held.Worker;
                _keys[key] = (worker, held.Files + 1);
            }
            else
            {
                worker = 0;
                for (var w = 1; w < _held.Length; w++)
                {
                    if (_held[w] < _held[worker])
                    {
                        worker = w;
                    }
                }

                _keys[key] = (worker, 1);
            }

            _held[worker]++;
            return worker;
        }
    }

    /// <summary>The worker has finished a file of this key (loaded, skipped, quarantined or failed).</summary>
    public void Done(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (!_keys.TryGetValue(key, out var held))
            {
                throw new InvalidOperationException($"no file of key {key} was assigned");
            }

            _held[held.Worker]--;
            if (held.Files == 1)
            {
                _keys.Remove(key);
            }
            else
            {
                _keys[key] = (held.Worker, held.Files - 1);
            }
        }
    }

    /// <summary>Files held by a worker (queued or loading).</summary>
    public int Held(int worker)
    {
        lock (_gate)
        {
            return _held[worker];
        }
    }
}
