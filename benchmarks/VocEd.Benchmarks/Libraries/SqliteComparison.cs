using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Etl.Load.Providers;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The same fact rows inserted into a migrated SQLite warehouse's fact tables (with their keys), one transaction per
/// file as a load does: by <c>SqliteRowInserter</c> (e_sqlite3 bound by position, 32 rows a statement), and by
/// Microsoft.Data.Sqlite's prepared commands with parameters, one row a statement and 32. After each run the rows
/// are checked (counts, sums and storage classes of every column, untimed), then deleted and the WAL checkpointed.
/// </summary>
internal sealed class SqliteComparison(WarehouseDbContext db, IReadOnlyList<FactRowsFile> files) : IDisposable
{
    private readonly SqliteConnection _connection = (SqliteConnection)db.Database.GetDbConnection();
    private SqliteCommandPlan<FactEnrollment>? _enrollments1;
    private SqliteCommandPlan<FactGraduateOutcome>? _graduates1;
    private SqliteCommandPlan<FactEnrollment>? _enrollments32;
    private SqliteCommandPlan<FactGraduateOutcome>? _graduates32;

    public IReadOnlyList<Variant> Variants()
    {
        _enrollments1 = new SqliteCommandPlan<FactEnrollment>(_connection, db.Model, 1);
        _graduates1 = new SqliteCommandPlan<FactGraduateOutcome>(_connection, db.Model, 1);
        _enrollments32 = new SqliteCommandPlan<FactEnrollment>(_connection, db.Model, SqliteRowInserter.RowsPerStatement);
        _graduates32 = new SqliteCommandPlan<FactGraduateOutcome>(_connection, db.Model, SqliteRowInserter.RowsPerStatement);
        return
        [
            new("SqliteRowInserter (ours)", () => Run(_ => Ours)),
            new("SqliteCommand, 1 row", () => Run(t => f => Library(t, f, _enrollments1, _graduates1))),
            new("SqliteCommand, 32 rows", () => Run(t => f => Library(t, f, _enrollments32, _graduates32))),
        ];
    }

    public void Dispose()
    {
        _enrollments1?.Dispose();
        _graduates1?.Dispose();
        _enrollments32?.Dispose();
        _graduates32?.Dispose();
    }

    private static long Library(SqliteTransaction transaction, FactRowsFile file, SqliteCommandPlan<FactEnrollment> enrollments, SqliteCommandPlan<FactGraduateOutcome> graduates) =>
        enrollments.Insert(transaction, file.Enrollments) + graduates.Insert(transaction, file.Graduates);

    private long Ours(FactRowsFile file) =>
        SqliteRowInserter.Insert(db, file.Enrollments, CancellationToken.None) + SqliteRowInserter.Insert(db, file.Graduates, CancellationToken.None);

    private Trial Run(Func<SqliteTransaction, Func<FactRowsFile, long>> insert)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var file in files)
        {
            using var transaction = db.Database.BeginTransaction();
            rows += insert((SqliteTransaction)transaction.GetDbTransaction())(file);
            transaction.Commit();
        }

        var trial = new Trial(clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, rows, Digest("fact_enrollment") + " / " + Digest("fact_graduate_outcome"));
        db.Database.ExecuteSqlRaw("delete from fact_enrollment");
        db.Database.ExecuteSqlRaw("delete from fact_graduate_outcome");
        db.Database.ExecuteSqlRaw("pragma wal_checkpoint(truncate)");
        return trial;
    }

    /// <summary>Per column: how many values, their sum (numbers) or total length (text, blobs), and their storage classes.</summary>
    private string Digest(string table)
    {
        var columns = new List<string>();
        using (var info = _connection.CreateCommand())
        {
            info.CommandText = $"select name from pragma_table_info('{table}') order by cid";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "select count(*) || ' ' || " + string.Join(" || ' ' || ", columns.Select(c =>
            $"count(\"{c}\") || ':' || coalesce(total(case when typeof(\"{c}\") in ('integer', 'real') then \"{c}\" else length(\"{c}\") end), 0) || ':' || coalesce((select group_concat(k, ',') from (select distinct typeof(\"{c}\") as k from \"{table}\" order by k)), '')"))
            + $" from \"{table}\"";
        return (string)command.ExecuteScalar()!;
    }
}
