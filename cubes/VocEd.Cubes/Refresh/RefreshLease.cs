using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Cubes.Refresh;

/// <summary>A held <see cref="RefreshLock"/>: renews its lease in the background until disposed, then deletes its row.</summary>
public sealed class RefreshLease : IAsyncDisposable
{
    private readonly IWarehouseContextFactory _warehouse;
    private readonly TimeProvider _time;
    private readonly CubeRefreshLock _row;
    private readonly CancellationTokenSource _stop = new();
    private Task _renewal = Task.CompletedTask;

    private RefreshLease(IWarehouseContextFactory warehouse, TimeProvider time, CubeRefreshLock row)
    {
        _warehouse = warehouse;
        _time = time;
        _row = row;
    }

    /// <summary>Who holds it.</summary>
    public string Holder => _row.Holder;

    internal static RefreshLease Start(IWarehouseContextFactory warehouse, TimeProvider time, CubeRefreshLock row)
    {
        var lease = new RefreshLease(warehouse, time, row);
        lease._renewal = Task.Run(lease.RenewAsync);
        return lease;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        _stop.Dispose();
        await using var db = _warehouse.CreateContext();
        await db.CubeRefreshLocks.Where(l => l.LockName == _row.LockName && l.Host == _row.Host && l.ProcessId == _row.ProcessId)
            .ExecuteDeleteAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RenewAsync()
    {
        var every = RefreshLock.Lease / 5;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, _time, _stop.Token).ConfigureAwait(false);
                await using var db = _warehouse.CreateContext();
                var expires = _time.GetUtcNow().UtcDateTime + RefreshLock.Lease;
                await db.CubeRefreshLocks.Where(l => l.LockName == _row.LockName && l.Host == _row.Host && l.ProcessId == _row.ProcessId)
                    .ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, expires), _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (System.Data.Common.DbException)
            {
                // A renewal that fails is tried again; the holder's process is what other machines' leases wait on.
            }
        }
    }
}
