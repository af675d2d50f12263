using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// The warehouse's record of its pseudonym key (etl_pseudonym_key: version and fingerprint, never the key): written at
/// the key's first use, compared before every ingest, advanced by a rotation, which re-keys the stored pseudonyms.
/// </summary>
public static class PseudonymKeyRegistry
{
    public const string FirstUse = "first_use";
    public const string Rotation = "rotation";

    /// <summary>Rows re-keyed per statement: five parameters each stays under SQL Server's 2,100.</summary>
    private const int _batchRows = 200;

    /// <summary>
    /// Refuses (<see cref="PseudonymKeyException"/>, naming both fingerprints and <paramref name="keyFile"/>) a key that
    /// is not the one the warehouse's pseudonyms were made with; records the key when the warehouse has none yet.
    /// </summary>
    public static async Task CheckAsync(WarehouseDbContext db, PseudonymKey key, string keyFile, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        var recorded = await LatestAsync(db, ct).ConfigureAwait(false);
        if (recorded is null)
        {
            db.EtlPseudonymKeys.Add(new EtlPseudonymKey { KeyVersion = key.Version, Fingerprint = key.Fingerprint, RecordedAt = time.GetUtcNow().UtcDateTime, RecordedBy = FirstUse });
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (DbUpdateException)
            {
                // Another ingest recorded its key first: compare with that one.
                db.ChangeTracker.Clear();
                recorded = await LatestAsync(db, ct).ConfigureAwait(false);
                if (recorded is null)
                {
                    throw;
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        if (recorded.KeyVersion == key.Version && string.Equals(recorded.Fingerprint, key.Fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        var pending = File.Exists(keyFile + ".next")
            ? $"; {keyFile}.next exists: a rotation may have committed in the warehouse without replacing the key file — if its fingerprint (voced pseudonym-key fingerprint --key-file {keyFile}.next) is the warehouse's, move it to {keyFile}"
            : string.Empty;
        throw new PseudonymKeyException(
            $"the pseudonym key in {keyFile} (version {key.Version}, fingerprint {key.Fingerprint}) is not the key this warehouse's pseudonyms were made with "
            + $"(version {recorded.KeyVersion}, fingerprint {recorded.Fingerprint}): the same students would no longer match. "
            + $"Use the warehouse's key file (Etl:PseudonymKeyFile){pending}");
    }

    /// <summary>What a rotation did.</summary>
    public sealed record RotationResult(int FromVersion, int ToVersion, string Fingerprint, long RowsRekeyed);

    /// <summary>
    /// Rotates the key of <paramref name="keyFile"/>: a new key of the next version is written beside it
    /// (<c>.next</c>, mode 600); in one transaction every stored pseudonym of the current version becomes HMAC(new key,
    /// pseudonym) with the new version, and the new fingerprint is recorded; after the commit the new file (both keys)
    /// replaces the old one. Refused while an ingest holds a claim.
    /// </summary>
    public static async Task<RotationResult> RotateAsync(WarehouseOptions warehouse, string keyFile, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(time);
        var key = PseudonymKey.Load(keyFile);
        await using var db = WarehouseDbContextFactory.Create(warehouse);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await CheckAsync(db, key, keyFile, time, ct).ConfigureAwait(false);
        if (await db.EtlSubmissionLocks.AnyAsync(ct).ConfigureAwait(false))
        {
            throw new PseudonymKeyException($"an ingest holds claims (etl_submission_lock) on this warehouse: let it finish before rotating the key of {keyFile}");
        }

        var next = key.Rotated();
        var nextFile = keyFile + ".next";
        if (File.Exists(nextFile))
        {
            throw new PseudonymKeyException($"{nextFile} exists: an earlier rotation did not finish; see whether the warehouse records its fingerprint before removing it");
        }

        next.Save(nextFile);
        long rows;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            rows = await RekeyAsync(db, connection, dbTransaction, db.Model.FindEntityType(typeof(FactEnrollment))!, key.Version, next, ct).ConfigureAwait(false)
                + await RekeyAsync(db, connection, dbTransaction, db.Model.FindEntityType(typeof(FactGraduateOutcome))!, key.Version, next, ct).ConfigureAwait(false);
            db.EtlPseudonymKeys.Add(new EtlPseudonymKey { KeyVersion = next.Version, Fingerprint = next.Fingerprint, RecordedAt = time.GetUtcNow().UtcDateTime, RecordedBy = Rotation });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(nextFile); // nothing committed: the old key stays the key
            throw;
        }

        File.Move(nextFile, keyFile, overwrite: true);
        return new RotationResult(key.Version, next.Version, next.Fingerprint, rows);
    }

    private static Task<EtlPseudonymKey?> LatestAsync(WarehouseDbContext db, CancellationToken ct) =>
        db.EtlPseudonymKeys.AsNoTracking().OrderByDescending(k => k.KeyVersion).FirstOrDefaultAsync(ct);

    /// <summary>
    /// p ↦ HMAC(new key, p) for every row of <paramref name="table"/> with the key version <paramref name="from"/>: the rows'
    /// keys and pseudonyms are read first, then updated by key in statements of <see cref="_batchRows"/> rows.
    /// </summary>
    private static async Task<long> RekeyAsync(WarehouseDbContext db, DbConnection connection, DbTransaction transaction, IEntityType table, int from,
        PseudonymKey next, CancellationToken ct)
    {
        var name = table.GetTableName()!;
        var keyColumns = table.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList();
        var rows = await SqlCommands.QueryAsync(connection, transaction,
            $"select {string.Join(", ", keyColumns)}, student_pseudonym from {name} where pseudonym_key_version = @from",
            r =>
            {
                var values = new object[keyColumns.Count + 1];
                for (var i = 0; i < keyColumns.Count; i++)
                {
                    values[i] = r.GetValue(i);
                }

                values[^1] = next.Hash(next.Version, (byte[])r.GetValue(keyColumns.Count));
                return values;
            },
            ct,
            ("@from", from)).ConfigureAwait(false);
        foreach (var batch in rows.Chunk(_batchRows))
        {
            var parameters = new List<(string, object?)> { ("@version", next.Version) };
            var tuples = new StringBuilder();
            for (var r = 0; r < batch.Length; r++)
            {
                tuples.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < batch[r].Length; c++)
                {
                    var parameter = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                    tuples.Append(c == 0 ? parameter : ", " + parameter);
                    parameters.Add((parameter, batch[r][c]));
                }

                tuples.Append(')');
            }

            await SqlCommands.ExecuteAsync(connection, transaction, UpdateSql(db.Provider, name, keyColumns, tuples.ToString()), ct, [.. parameters]).ConfigureAwait(false);
        }

        return rows.Count;
    }

    /// <summary>The batch update by key: a VALUES list of (key columns…, new pseudonym) joined to the table.</summary>
    internal static string UpdateSql(WarehouseProvider provider, string table, IReadOnlyList<string> keyColumns, string tuples)
    {
        var pseudonym = keyColumns.Count + 1;
        if (provider == WarehouseProvider.SqlServer)
        {
            var names = string.Join(", ", Enumerable.Range(1, pseudonym).Select(i => $"column{i}"));
            var on = string.Join(" and ", keyColumns.Select((c, i) => $"t.{c} = v.column{i + 1}"));
            return $"update t set student_pseudonym = v.column{pseudonym}, pseudonym_key_version = @version from {table} t join (values {tuples}) as v ({names}) on {on}";
        }

        // PostgreSQL and SQLite name a VALUES list's columns column1, column2 …
        var where = string.Join(" and ", keyColumns.Select((c, i) => $"{table}.{c} = v.column{i + 1}"));
        return $"update {table} set student_pseudonym = v.column{pseudonym}, pseudonym_key_version = @version from (values {tuples}) as v where {where}";
    }
}
