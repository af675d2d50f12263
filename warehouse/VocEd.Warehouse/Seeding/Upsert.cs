using Microsoft.EntityFrameworkCore;

namespace VocEd.Warehouse.Seeding;

/// <summary>Insert-or-update of reference rows by natural key through EF change tracking.</summary>
internal static class Upsert
{
    /// <summary>
    /// For each wanted row: add it when its key is new, otherwise copy its values onto the existing
    /// row (EF only writes what actually changed). Returns inserted and updated counts.
    /// </summary>
    public static async Task<SeedCount> RunAsync<T>(
        DbContext db,
        IQueryable<T> existingRows,
        IEnumerable<T> wanted,
        Func<T, string> naturalKey,
        Action<T, T> copyValues,
        CancellationToken ct)
        where T : class
    {
        var existing = (await existingRows.ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(naturalKey, StringComparer.Ordinal);
        var inserted = 0;
        foreach (var row in wanted)
        {
            if (existing.TryGetValue(naturalKey(row), out var current))
            {
                copyValues(row, current);
            }
            else
            {
                db.Add(row);
                existing.Add(naturalKey(row), row);
                inserted++;
            }
        }

        var updated = db.ChangeTracker.Entries<T>().Count(e => e.State == EntityState.Modified);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SeedCount(inserted, updated);
    }
}
