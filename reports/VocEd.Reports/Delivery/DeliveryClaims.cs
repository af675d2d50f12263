using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Reports.Delivery;

/// <summary>
/// The claim that keeps a message from being sent twice, as database state: inserting an attempt row in status
/// <c>sending</c> is the claim — a unique index over the delivery key, filtered to the statuses that hold a key,
/// admits one such row, so of two workers racing for a key one insert fails and that worker sends nothing. A
/// delivered, failed or no-data row holds the key for good; a <c>retry</c> row releases it for the next attempt; a
/// <c>sending</c> row whose lease ran out (its worker died) is marked abandoned and the key taken over.
/// </summary>
public sealed class DeliveryClaims(IWarehouseContextFactory warehouse, TimeProvider time, TimeSpan lease)
{
    /// <summary>Who claims: host and process.</summary>
    public static string Worker { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}");

    /// <summary>The attempt row, claimed (status sending); null when another worker holds the key or it is already finished.</summary>
    public Task<RptDelivery?> ClaimAsync(DeliveryKey key, CancellationToken ct) => InsertAsync(key, DeliveryStatuses.Sending, ct);

    /// <summary>Records a region without data (status no_data, channel none): final, nothing to retry. False when another worker did.</summary>
    public async Task<bool> RecordNoDataAsync(DeliveryKey key, CancellationToken ct) => await InsertAsync(key, DeliveryStatuses.NoData, ct).ConfigureAwait(false) is not null;

    /// <summary>Ends a claimed attempt with <paramref name="status"/> (delivered, failed or retry).</summary>
    public async Task FinishAsync(RptDelivery attempt, string status, string? error, int? year, string? files, string? headlines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = warehouse.CreateContext();
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        await db.RptDeliveries.Where(d => d.DeliveryId == attempt.DeliveryId && d.Status == DeliveryStatuses.Sending).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.FinishedAt, now)
            .SetProperty(d => d.Error, error == null ? null : AddressScrubber.Scrub(error))
            .SetProperty(d => d.ReportYear, year)
            .SetProperty(d => d.Files, files)
            .SetProperty(d => d.Headlines, headlines), ct).ConfigureAwait(false);
    }

    /// <summary>The keys of (subscription, period, region) that need nothing more: finished, or held by a live claim.</summary>
    public async Task<HashSet<string>> SettledKeysAsync(long subscriptionId, DateTime periodUtc, string? scope, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = warehouse.CreateContext();
        var keys = await db.RptDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId && d.PeriodAt == periodUtc && (scope == null || d.Scope == scope))
            .Where(d => d.Status == DeliveryStatuses.Delivered || d.Status == DeliveryStatuses.Failed || d.Status == DeliveryStatuses.NoData
                || (d.Status == DeliveryStatuses.Sending && d.LeaseExpiresAt > now))
            .Select(d => d.DeliveryKey).ToListAsync(ct).ConfigureAwait(false);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The headlines and time of the latest delivery of the subscription to the region before the period.</summary>
    public async Task<(string? Headlines, DateTime? At)> PreviousAsync(long subscriptionId, string scope, DateTime periodUtc, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        var row = await db.RptDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId && d.Scope == scope && d.PeriodAt < periodUtc && d.Status == DeliveryStatuses.Delivered && d.Headlines != null)
            .OrderByDescending(d => d.PeriodAt).ThenByDescending(d => d.DeliveryId)
            .Select(d => new { d.Headlines, d.FinishedAt }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return (row?.Headlines, row?.FinishedAt);
    }

    private async Task<RptDelivery?> InsertAsync(DeliveryKey key, string status, CancellationToken ct)
    {
        var text = key.Text;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = warehouse.CreateContext();

        // On SQLite: write-ahead logging and a busy timeout, so workers racing for keys queue for the write lock.
        await WarehouseSessionSetup.OpenAsync(db, ct).ConfigureAwait(false);
        await db.RptDeliveries.Where(d => d.DeliveryKey == text && d.Status == DeliveryStatuses.Sending && d.LeaseExpiresAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatuses.Abandoned).SetProperty(d => d.FinishedAt, now), ct).ConfigureAwait(false);
        if (await db.RptDeliveries.AnyAsync(d => d.DeliveryKey == text && DeliveryStatuses.Held.Contains(d.Status), ct).ConfigureAwait(false))
        {
            return null;
        }

        var attempts = await db.RptDeliveries.CountAsync(d => d.DeliveryKey == text, ct).ConfigureAwait(false);
        var row = new RptDelivery
        {
            SubscriptionId = key.SubscriptionId,
            Scope = key.Scope,
            PeriodAt = key.PeriodUtc,
            Channel = key.Channel,
            RecipientId = key.RecipientId,
            DeliveryKey = text,
            Attempt = attempts + 1,
            Status = status,
            ClaimedBy = Worker,
            StartedAt = now,
            LeaseExpiresAt = now + lease,
            FinishedAt = status == DeliveryStatuses.Sending ? null : now,
        };
        db.RptDeliveries.Add(row);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return row;
        }
        catch (DbUpdateException)
        {
            // Another worker's row took the key between our look and our insert — or the insert failed for another
            // reason, which must not pass for a lost race: a row holding the key, read afresh, tells which.
            await using var again = warehouse.CreateContext();
            if (await again.RptDeliveries.AnyAsync(d => d.DeliveryKey == text && DeliveryStatuses.Held.Contains(d.Status), ct).ConfigureAwait(false))
            {
                return null;
            }

            throw;
        }
    }
}
