namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row while a cube refresh runs (none otherwise): the lock that keeps a second refresh from running beside it,
/// taken alike by `voced refresh` and the scheduler's refresh jobs, naming who holds it and until when its lease runs.
/// </summary>
public sealed class CubeRefreshLock
{
    /// <summary>What is locked: <c>cubes</c> (every cube's refresh).</summary>
    public required string LockName { get; set; }

    /// <summary>Who refreshes: <c>cli</c>, or the scheduler job's name.</summary>
    public required string Holder { get; set; }

    /// <summary>The machine the holding process runs on.</summary>
    public required string Host { get; set; }

    /// <summary>The holding process's id on that machine (a lock whose process is gone is taken over).</summary>
    public int ProcessId { get; set; }

    public DateTime AcquiredAt { get; set; }

    /// <summary>Until when the lease runs; the holder renews it while it refreshes, so a later time means a live holder.</summary>
    public DateTime ExpiresAt { get; set; }
}
