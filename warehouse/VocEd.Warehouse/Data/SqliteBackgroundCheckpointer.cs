using Microsoft.Data.Sqlite;

namespace VocEd.Warehouse.Data;

/// <summary>
/// Moves SQLite's write-ahead-log checkpoints off a long writer's thread. By default the connection that commits
/// past 1,000 WAL pages copies them into the database file and syncs it, inside its commit — for an ingest of one
/// transaction per file, every few files a pause of several milliseconds, which adds up over an ingest. The
/// writer raises its own threshold instead (<see cref="WriterPragma"/>: 64 MB, a safety net that normally never fires),
/// and this object runs a PASSIVE checkpoint on its own connection and thread every <see cref="Interval"/>: it copies
/// whatever the writer has committed while the writer goes on, and once it has caught up the writer's next transaction
/// starts the log from the beginning again, so the log stays small. Durability is unchanged (a checkpoint syncs exactly
/// as an automatic one does); a checkpoint that fails (database busy) is simply tried again at the next tick.
/// </summary>
public sealed class SqliteBackgroundCheckpointer : IAsyncDisposable
{
    /// <summary>The setting for the writer's own connection while a background checkpointer runs.</summary>
    public const string WriterPragma = "pragma wal_autocheckpoint = 16384;";

    private readonly SqliteConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private SqliteBackgroundCheckpointer(SqliteConnection connection, TimeSpan interval)
    {
        _connection = connection;
        Interval = interval;
        _loop = Task.Factory.StartNew(() => Loop(_stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public TimeSpan Interval { get; }

    /// <summary>Checkpoints that copied pages (for diagnostics and tests).</summary>
    public int Checkpoints { get; private set; }

    /// <summary>Starts checkpointing the database of <paramref name="connectionString"/> (a SQLite connection string) in the background.</summary>
    public static SqliteBackgroundCheckpointer Start(string connectionString, TimeSpan? interval = null)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (var busy = connection.CreateCommand())
        {
            busy.CommandText = "pragma busy_timeout = 1000;";
            busy.ExecuteNonQuery();
        }

        return new SqliteBackgroundCheckpointer(connection, interval ?? TimeSpan.FromMilliseconds(200));
    }

    /// <summary>Stops the loop, runs a last checkpoint (so what the writer left in the log is in the file) and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        Checkpoint();
        await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Loop(CancellationToken stop)
    {
        while (!stop.WaitHandle.WaitOne(Interval))
        {
            Checkpoint();
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "pragma wal_checkpoint(passive);";
            using var reader = command.ExecuteReader();

            // One row: busy flag, frames in the log, frames checkpointed.
            if (reader.Read() && reader.GetInt64(2) > 0)
            {
                Checkpoints++;
            }
        }
        catch (SqliteException)
        {
            // Busy or locked: the next tick tries again, and the writer's own threshold is the safety net.
        }
    }
}
