using Microsoft.Data.Sqlite;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Tests.Data;

/// <summary>The write-ahead log is copied into the database file by the background connection while a writer commits, and the writer never has to.</summary>
public sealed class SqliteBackgroundCheckpointerTests
{
    [Test]
    public async Task Commits_of_a_writer_reach_the_database_file_through_the_background_checkpoints()
    {
        using var directory = new TempDirectory("voced-checkpoint");
        var file = directory.File("w.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, "pragma journal_mode = wal; create table t (id integer primary key, payload text not null);");
        await ExecuteAsync(writer, SqliteBackgroundCheckpointer.WriterPragma);

        var checkpointer = SqliteBackgroundCheckpointer.Start(connectionString, TimeSpan.FromMilliseconds(20));
        for (var i = 0; i < 40; i++)
        {
            await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
            await ExecuteAsync(writer, "insert into t (payload) select hex(randomblob(500)) from (with recursive n(k) as (select 1 union all select k + 1 from n where k < 200) select k from n);", transaction);
            await transaction.CommitAsync();
            await Task.Delay(5);
        }

        await checkpointer.DisposeAsync();
        Assert.That(checkpointer.Checkpoints, Is.GreaterThan(0));

        // Everything committed is in the database file itself (the writer, still open, has not checkpointed: its
        // threshold is far away): a copy of the file without its log holds every row.
        var copy = directory.File("copy.db");
        File.Copy(file, copy);
        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        await reader.OpenAsync();
        await using var count = reader.CreateCommand();
        count.CommandText = "select count(*) from t";
        Assert.That(Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(40 * 200));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}
