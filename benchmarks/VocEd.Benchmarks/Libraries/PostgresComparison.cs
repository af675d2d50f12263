using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VocEd.Etl.Load.Providers;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// The same fact rows written to a migrated PostgreSQL warehouse's fact tables (with their keys, as a load writes
/// them), one COPY and one transaction per file as a load does: by <c>PostgresRowCopier</c>, the encoder the ETL uses,
/// and by Npgsql's <c>NpgsqlBinaryImporter</c>. Wall time includes the server's work, which is the same for both; the
/// CPU time is this process's alone, the client's share. After each run the rows are checked (an MD5 over every row
/// in key order, untimed) and the tables emptied.
/// </summary>
internal sealed class PostgresComparison(WarehouseDbContext db, IReadOnlyList<FactRowsFile> files)
{
    private readonly NpgsqlImporterPlan<FactEnrollment> _enrollments = NpgsqlImporterPlan<FactEnrollment>.Build(db.Model);
    private readonly NpgsqlImporterPlan<FactGraduateOutcome> _graduates = NpgsqlImporterPlan<FactGraduateOutcome>.Build(db.Model);

    public IReadOnlyList<Variant> Variants() =>
    [
        new("PostgresRowCopier (ours)", () => Run(CopyOurs)),
        new("NpgsqlBinaryImporter", () => Run(CopyNpgsql)),
    ];

    private Trial Run(Func<FactRowsFile, long> copy)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var file in files)
        {
            using var transaction = db.Database.BeginTransaction();
            rows += copy(file);
            transaction.Commit();
        }

        var trial = new Trial(clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, rows, Digest());
        db.Database.ExecuteSqlRaw("truncate fact_enrollment, fact_graduate_outcome");
        return trial;
    }

    private long CopyOurs(FactRowsFile file) =>
        (file.Enrollments.Count > 0 ? PostgresRowCopier.Copy(db, file.Enrollments, CancellationToken.None) ?? throw Unsupported() : 0)
        + (file.Graduates.Count > 0 ? PostgresRowCopier.Copy(db, file.Graduates, CancellationToken.None) ?? throw Unsupported() : 0);

    private long CopyNpgsql(FactRowsFile file)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return (file.Enrollments.Count > 0 ? _enrollments.Copy(connection, file.Enrollments) : 0)
            + (file.Graduates.Count > 0 ? _graduates.Copy(connection, file.Graduates) : 0);
    }

    private string Digest()
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            select (select count(*) || ' ' || coalesce(md5(string_agg(t::text, e'\n' order by submission_id, source_row_number)), '') from fact_enrollment t)
                || ' / ' || (select count(*) || ' ' || coalesce(md5(string_agg(t::text, e'\n' order by submission_id, source_row_number)), '') from fact_graduate_outcome t)
            """;
        return (string)command.ExecuteScalar()!;
    }

    private static InvalidOperationException Unsupported() => new("PostgresRowCopier does not write a column type of this table");
}
