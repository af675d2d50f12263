using Microsoft.EntityFrameworkCore;
using VocEd.Reports.Catalog;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Reports.Subscriptions;

/// <summary>Adds, lists, finds and removes subscriptions (rpt_subscription). Everything is checked before it is stored.</summary>
public sealed class SubscriptionStore(IWarehouseContextFactory warehouse, TimeProvider time)
{
    public async Task<RptSubscription> AddAsync(SubscriptionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            throw new ArgumentException("a subscription needs a name (at most 200 characters)", nameof(request));
        }

        if (long.TryParse(name, out _))
        {
            throw new ArgumentException("a subscription's name cannot be a number (numbers name subscriptions by id)", nameof(request));
        }

        var reports = request.ReportIds.Select(id => ReportCatalog.Get(id)).Distinct().ToList();
        if (reports.Count == 0)
        {
            throw new ArgumentException($"a subscription needs at least one report: {string.Join(", ", ReportCatalog.All.Select(r => r.Id))}", nameof(request));
        }

        var scope = ScopeSelection.Parse(request.Scope);
        _ = SubscriptionSchedule.Parse(request.Cron, request.TimeZone);
        if (!string.Equals(request.Format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"unknown format '{request.Format}': xlsx is the one format delivered", nameof(request));
        }

        if (!request.SendEmail && string.IsNullOrWhiteSpace(request.DropFolder))
        {
            throw new ArgumentException("a subscription needs a channel: --email, --drop-folder DIR, or both", nameof(request));
        }

        await using var db = warehouse.CreateContext();
        var regions = await RegionDirectoryFor(db, ct).ConfigureAwait(false);
        if (scope.Scope is { } single && !regions.Contains(single.Code))
        {
            throw new ArgumentException($"unknown region {single.Code}: not in the statistical code list (dim_region)", nameof(request));
        }

        if (scope.Within is { } province && !regions.Contains(province))
        {
            throw new ArgumentException($"unknown province {province}: not in the statistical code list (dim_region)", nameof(request));
        }

        if (await db.RptSubscriptions.AnyAsync(s => s.Name == name, ct).ConfigureAwait(false))
        {
            throw new ArgumentException($"a subscription named '{name}' exists already (voced subscription remove {name})", nameof(request));
        }

        var row = new RptSubscription
        {
            Name = name,
            ReportIds = string.Join(',', ReportCatalog.All.Where(reports.Contains).Select(r => r.Id)),
            Scope = scope.ToString(),
            Cron = request.Cron.Trim(),
            TimeZone = request.TimeZone,
            SendEmail = request.SendEmail,
            DropFolder = string.IsNullOrWhiteSpace(request.DropFolder) ? null : Path.GetFullPath(request.DropFolder),
            Format = "xlsx",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.RptSubscriptions.Add(row);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return row;
    }

    public async Task<IReadOnlyList<RptSubscription>> ListAsync(CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        return await db.RptSubscriptions.AsNoTracking().OrderBy(s => s.SubscriptionId).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The subscription named by its id or its name; an unknown one is an <see cref="ArgumentException"/>.</summary>
    public async Task<RptSubscription> GetAsync(string idOrName, CancellationToken ct)
    {
        var text = idOrName?.Trim() ?? string.Empty;
        await using var db = warehouse.CreateContext();
        var found = long.TryParse(text, out var id)
            ? await db.RptSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.SubscriptionId == id, ct).ConfigureAwait(false)
            : await db.RptSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Name == text, ct).ConfigureAwait(false);
        return found ?? throw new ArgumentException($"no subscription '{text}' (voced subscription list)", nameof(idOrName));
    }

    /// <summary>Removes the subscription and its delivery log.</summary>
    public async Task RemoveAsync(long subscriptionId, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        await db.RptDeliveries.Where(d => d.SubscriptionId == subscriptionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.RptSubscriptions.Where(s => s.SubscriptionId == subscriptionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The latest attempts of a subscription, newest first, for `subscription show`.</summary>
    public async Task<IReadOnlyList<RptDelivery>> DeliveriesAsync(long subscriptionId, int count, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        return await db.RptDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.DeliveryId).Take(count).ToListAsync(ct).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> RegionDirectoryFor(WarehouseDbContext db, CancellationToken ct) =>
        (await db.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "nation" || r.RegionLevel == "province" || r.RegionLevel == "prefecture")
            .Select(r => r.RegionCode).ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
}
