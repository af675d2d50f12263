namespace VocEd.Etl.Infrastructure;

/// <summary>
/// The dictionaries that remember, per file, the first row of each citizen key (duplicate detection), shared between
/// files: one sized for a file of more than ≈ 3,500 rows lies on the large object heap, and a new one for every such
/// file made the ingest run gen2 collections. Cleared on the way back; one that grew past
/// <see cref="LargestKept"/> entries is left to the collector, so the pool holds at most a few ordinary files' worth.
/// </summary>
internal static class KeyedRowsPool
{
    internal const int LargestKept = 1 << 16;
    private const int _kept = 16;
    private static readonly Lock _gate = new();
    private static readonly Stack<Dictionary<long, long>> _free = new();

    public static Dictionary<long, long> Rent()
    {
        lock (_gate)
        {
            return _free.TryPop(out var seen) ? seen : [];
        }
    }

    public static void Return(Dictionary<long, long> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        if (seen.Capacity > LargestKept)
        {
            return;
        }

        seen.Clear();
        lock (_gate)
        {
            if (_free.Count < _kept)
            {
                _free.Push(seen);
            }
        }
    }
}
