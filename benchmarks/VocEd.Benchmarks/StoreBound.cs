using System.Diagnostics;
using Npgsql;

namespace VocEd.Benchmarks;

/// <summary>
/// How fast the database alone can store what the ingest stored (`ingest --bound 1`, PostgreSQL): the fact rows the
/// ingest loaded, exported in PostgreSQL's binary COPY format (split by submission over as many sessions as the ingest
/// had workers, in submission and row order), then copied back into empty copies of the fact tables with the same
/// key and indexes, the sessions side by side. No file is read, no row validated or pseudonymized, no claim or
/// dimension touched: no ingest into these tables can take less time than this on the same server. Only that timed
/// copy counts; the export and the copies' creation do not.
/// </summary>
internal static class StoreBound
{
    private static readonly string[] _tables = ["fact_enrollment", "fact_graduate_outcome", "fact_regional_industry", "fact_school_resources"];

    public static async Task<(long Rows, TimeSpan Elapsed)> PostgresAsync(string connectionString, int sessions, string folder)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        var files = new List<(string Table, int Session, string File)>();
        foreach (var table in _tables)
        {
            await ExecuteAsync(connection, $"drop table if exists bound_{table}; create table bound_{table} (like {table} including all)").ConfigureAwait(false);
            for (var session = 0; session < sessions; session++)
            {
                var file = Path.Combine(folder, $"bound-{table}-{session}.bin");
                var query = $"copy (select * from {table} where submission_id % {sessions} = {session} order by submission_id, source_row_number) to stdout (format binary)";
                await using (var export = await connection.BeginRawBinaryCopyAsync(query).ConfigureAwait(false))
                await using (var output = File.Create(file))
                {
                    await export.CopyToAsync(output).ConfigureAwait(false);
                }

                files.Add((table, session, file));
            }
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, sessions).Select(session => Task.Run(async () =>
        {
            await using var own = new NpgsqlConnection(connectionString);
            await own.OpenAsync().ConfigureAwait(false);
            foreach (var (table, _, file) in files.Where(f => f.Session == session))
            {
                await using var import = await own.BeginRawBinaryCopyAsync($"copy bound_{table} from stdin (format binary)").ConfigureAwait(false);
                await using var input = File.OpenRead(file);
                await input.CopyToAsync(import).ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        clock.Stop();

        long rows = 0;
        foreach (var table in _tables)
        {
            await using (var count = new NpgsqlCommand($"select count(*) from bound_{table}", connection))
            {
                rows += (long)(await count.ExecuteScalarAsync().ConfigureAwait(false) ?? 0L);
            }

            await ExecuteAsync(connection, $"drop table bound_{table}").ConfigureAwait(false);
        }

        foreach (var (_, _, file) in files)
        {
            File.Delete(file);
        }

        return (rows, clock.Elapsed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
