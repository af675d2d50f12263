using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using VocEd.Etl.Extract;

namespace VocEd.Benchmarks;

/// <summary>
/// The raw bulk load of the same CSV rows, as docs/benchmarks.md defines it: PostgreSQL <c>COPY … FROM</c> of each file
/// into an unindexed table of text columns (unlogged; a logged table copied the same rows as fast on the
/// benchmark cluster); SQLite: every row inserted with one prepared statement in one
/// transaction into an unindexed table. Returns the data rows loaded.
/// </summary>
internal static class RawBaseline
{
    private const int _columns = 16;

    public static async Task<(long Rows, TimeSpan Elapsed)> PostgresAsync(string connectionString, IReadOnlyList<string> files)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await ExecuteAsync(connection, "drop table if exists bench_raw").ConfigureAwait(false);
        await ExecuteAsync(connection, $"create unlogged table bench_raw ({Columns("text")})").ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var file in files)
        {
            var fields = HeaderFields(file);
            var columns = string.Join(", ", Enumerable.Range(1, fields).Select(i => $"c{i}"));
            await using var writer = await connection.BeginTextImportAsync($"copy bench_raw ({columns}) from stdin (format csv, header true)").ConfigureAwait(false);
            using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            }
        }

        clock.Stop();
        await using (var count = new NpgsqlCommand("select count(*) from bench_raw", connection))
        {
            rows = (long)(await count.ExecuteScalarAsync().ConfigureAwait(false) ?? 0L);
        }

        await ExecuteAsync(connection, "drop table bench_raw").ConfigureAwait(false);
        return (rows, clock.Elapsed);
    }

    public static (long Rows, TimeSpan Elapsed) Sqlite(string databaseFile, IReadOnlyList<string> files)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"drop table if exists bench_raw; create table bench_raw ({Columns("text")})";
            create.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"insert into bench_raw values ({string.Join(", ", Enumerable.Range(1, _columns).Select(i => $"$c{i}"))})";
            var parameters = Enumerable.Range(1, _columns).Select(i => insert.Parameters.Add("$c" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text)).ToArray();
            insert.Prepare();
            foreach (var file in files)
            {
                using var csv = new CsvRowReader(new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
                _ = csv.ReadRecord();
                while (csv.ReadRecord() is { } record)
                {
                    for (var i = 0; i < _columns; i++)
                    {
                        parameters[i].Value = i < record.Length ? record[i] : DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                    rows++;
                }
            }

            transaction.Commit();
        }

        clock.Stop();
        using var drop = connection.CreateCommand();
        drop.CommandText = "drop table bench_raw";
        drop.ExecuteNonQuery();
        return (rows, clock.Elapsed);
    }

    private static string Columns(string type) => string.Join(", ", Enumerable.Range(1, _columns).Select(i => $"c{i} {type}"));

    private static int HeaderFields(string file)
    {
        using var csv = new CsvRowReader(new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
        return csv.ReadRecord()?.Length ?? 0;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
