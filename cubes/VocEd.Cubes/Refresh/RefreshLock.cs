using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Cubes.Refresh;

/// <summary>
/// The lock that keeps two cube refreshes apart, whichever process runs them (`voced refresh`, a scheduler worker):
/// one cube_refresh_lock row, inserted in its own committed transaction before the refresh and deleted after it. A
/// second insert fails on the key, so one holder wins. A holder on this machine whose process is gone, or one anywhere
/// whose lease ran out unrenewed, is taken over. The row is the lock, not the refresh's own transaction, so a waiting
/// refresh can say who holds it.
/// </summary>
public sealed class RefreshLock(IWarehouseContextFactory warehouse, TimeProvider time)
{
    /// <summary>The one lock name in use: every cube's refresh.</summary>
    public const string CubesLock = "cubes";

    /// <summary>How long a lease runs unrenewed; the holder renews it every fifth of that.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>How often a waiting refresh looks again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Takes the lock for <paramref name="holder"/> (<c>cli</c>, a job's name), or returns null when a live holder has it.</summary>
    public async Task<RefreshLease?> TryAcquireAsync(string holder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = warehouse.CreateContext();
        var current = await db.CubeRefreshLocks.AsNoTracking().SingleOrDefaultAsync(l => l.LockName == CubesLock, ct).ConfigureAwait(false);
        if (current is not null)
        {
            if (!IsStale(current, now))
            {
                return null;
            }

            await db.CubeRefreshLocks.Where(l => l.LockName == CubesLock && l.Host == current.Host && l.ProcessId == current.ProcessId)
                .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        }

        var row = new CubeRefreshLock
        {
            LockName = CubesLock,
            Holder = holder.Length <= 200 ? holder : holder[..200],
            Host = Environment.MachineName,
            ProcessId = Environment.ProcessId,
            AcquiredAt = now,
            ExpiresAt = now + Lease,
        };
        db.CubeRefreshLocks.Add(row);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return null; // another refresh inserted the row first
        }

        return RefreshLease.Start(warehouse, time, row);
    }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for a live holder to finish (<paramref name="waiting"/> is
    /// told once who it waits for); past that, <see cref="RefreshLockedException"/> names the holder.
    /// </summary>
    public async Task<RefreshLease> AcquireAsync(string holder, TimeSpan wait, Func<CubeRefreshLock, Task>? waiting, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + wait;
        var told = false;
        while (true)
        {
            if (await TryAcquireAsync(holder, ct).ConfigureAwait(false) is { } lease)
            {
                return lease;
            }

            if (await HolderAsync(ct).ConfigureAwait(false) is not { } current)
            {
                continue; // released between the two reads
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new RefreshLockedException(Describe(current));
            }

            if (!told && waiting is not null)
            {
                await waiting(current).ConfigureAwait(false);
                told = true;
            }

            await Task.Delay(PollInterval, time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Who holds the lock now, if anyone (stale holders included).</summary>
    public async Task<CubeRefreshLock?> HolderAsync(CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        return await db.CubeRefreshLocks.AsNoTracking().SingleOrDefaultAsync(l => l.LockName == CubesLock, ct).ConfigureAwait(false);
    }

    /// <summary>One line naming a holder: who, which process on which machine, since when.</summary>
    public static string Describe(CubeRefreshLock holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{holder.Holder} (process {holder.ProcessId} on {holder.Host}, since {holder.AcquiredAt:yyyy-MM-dd HH:mm:ss} UTC)");
    }

    /// <summary>
    /// A holder on this machine is stale when its process is gone (its lease may not have been renewable: on SQLite the
    /// refresh's own transaction keeps other writers waiting); one on another machine when its lease ran out.
    /// </summary>
    private static bool IsStale(CubeRefreshLock holder, DateTime now)
    {
        if (!string.Equals(holder.Host, Environment.MachineName, StringComparison.Ordinal))
        {
            return holder.ExpiresAt <= now;
        }

        return holder.ProcessId != Environment.ProcessId && !IsRunning(holder.ProcessId);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
