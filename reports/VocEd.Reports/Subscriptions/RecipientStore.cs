using Microsoft.EntityFrameworkCore;
using MimeKit;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Reports.Subscriptions;

/// <summary>
/// The officials who receive their region's reports (rpt_recipient, in the secure store: their addresses are personal
/// data and never leave it except in the message sent to them). Imported from a CSV file; one row per (region, address).
/// </summary>
public sealed class RecipientStore(ISecureContextFactory secure, IWarehouseContextFactory warehouse, TimeProvider time)
{
    /// <summary>
    /// Adds the file's recipients and updates the names of those present; with <paramref name="replace"/> the table
    /// becomes the file (recipients not in it are removed). Every row is checked before anything is written.
    /// </summary>
    public async Task<RecipientImport> ImportAsync(IReadOnlyList<RecipientRow> rows, bool replace, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using (var wh = warehouse.CreateContext())
        {
            var regions = (await wh.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "nation" || r.RegionLevel == "province" || r.RegionLevel == "prefecture")
                .Select(r => r.RegionCode).ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (!regions.Contains(row.RegionCode))
                {
                    throw new ArgumentException($"line {row.Line} of the recipients file: unknown region {row.RegionCode} (CN, a province or a prefecture code)");
                }

                if (!IsAddress(row.Email))
                {
                    throw new ArgumentException($"line {row.Line} of the recipients file: not an e-mail address");
                }

                if (row.Name.Length > 100)
                {
                    throw new ArgumentException($"line {row.Line} of the recipients file: the name is longer than 100 characters");
                }
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var unique = rows.GroupBy(r => (r.RegionCode, r.Email)).Select(g => g.Last()).ToList();
        await using var db = secure.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var existing = await db.RptRecipients.ToListAsync(ct).ConfigureAwait(false);
        var byKey = existing.ToDictionary(r => (r.RegionCode, r.Email));
        var (added, updated, removed) = (0, 0, 0);
        foreach (var row in unique)
        {
            if (byKey.TryGetValue((row.RegionCode, row.Email), out var found))
            {
                if (!string.Equals(found.Name, row.Name, StringComparison.Ordinal))
                {
                    found.Name = row.Name;
                    found.UpdatedAt = now;
                    updated++;
                }
            }
            else
            {
                db.RptRecipients.Add(new RptRecipient { RegionCode = row.RegionCode, Name = row.Name, Email = row.Email, CreatedAt = now, UpdatedAt = now });
                added++;
            }
        }

        if (replace)
        {
            var keep = unique.Select(r => (r.RegionCode, r.Email)).ToHashSet();
            foreach (var gone in existing.Where(r => !keep.Contains((r.RegionCode, r.Email))))
            {
                db.RptRecipients.Remove(gone);
                removed++;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new RecipientImport(rows.Count, added, updated, removed, await CountsAsync(ct).ConfigureAwait(false));
    }

    /// <summary>Recipients per region (counts only: what may be shown).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken ct)
    {
        await using var db = secure.CreateContext();
        var counts = await db.RptRecipients.AsNoTracking().GroupBy(r => r.RegionCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        return new SortedDictionary<string, int>(counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The recipients of <paramref name="regionCodes"/>, by region, in id order.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RptRecipient>>> ForRegionsAsync(IReadOnlyCollection<string> regionCodes, CancellationToken ct)
    {
        await using var db = secure.CreateContext();
        var rows = await db.RptRecipients.AsNoTracking().Where(r => regionCodes.Contains(r.RegionCode)).OrderBy(r => r.RecipientId).ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => r.RegionCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<RptRecipient>)[.. g], StringComparer.Ordinal);
    }

    private static bool IsAddress(string email) =>
        email.Length <= 254 && MailboxAddress.TryParse(email, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)
        && string.Equals(mailbox.Address, email, StringComparison.OrdinalIgnoreCase) && mailbox.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1;
}
