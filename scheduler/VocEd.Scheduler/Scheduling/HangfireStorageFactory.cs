using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Hangfire's storage follows the warehouse's provider, in the same database unless <see cref="SchedulerOptions.StorageConnection"/>
/// says otherwise: SQLite — a file of its own beside the warehouse file (<c>voced.db</c> → <c>voced-hangfire.db</c>), so job
/// history survives a restart; PostgreSQL — schema <c>hangfire</c>; SQL Server — schema <c>HangFire</c>.
/// </summary>
internal static class HangfireStorageFactory
{
    public const string PostgresSchema = "hangfire";
    public const string SqlServerSchema = "HangFire";

    /// <summary>Any one advisory lock key will do, as long as every voced process uses the same one.</summary>
    private const long _schemaInstallLock = 0x766F636564_4846;

    public static JobStorage Create(WarehouseOptions warehouse, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(options);
        // Hangfire's log provider is process-wide and may still name the logger factory of a host built and disposed before
        // this one; the storage takes its loggers now, so it starts from none (the host sets its own as it starts).
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var poll = TimeSpan.FromSeconds(options.QueuePollSeconds);
        var invisibility = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds);
        switch (warehouse.Provider)
        {
            case WarehouseProvider.Sqlite:
                var file = SqliteFile(warehouse, options);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                return GlobalConfiguration.Configuration.UseStorage(new SQLiteStorage(new SQLiteDbConnectionFactory(() => SqliteConnection(file)), new SQLiteStorageOptions
                {
                    QueuePollInterval = poll,
                    InvisibilityTimeout = invisibility,
                    JournalMode = SQLiteStorageOptions.JournalModes.WAL,
                })).Entry;
            case WarehouseProvider.Postgres:
                var connection = options.StorageConnection ?? warehouse.ConnectionString;
                InstallPostgresSchema(connection);
                return GlobalConfiguration.Configuration.UsePostgreSqlStorage(
                    c => c.UseNpgsqlConnection(connection),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = PostgresSchema,
                        PrepareSchemaIfNecessary = false,
                        QueuePollInterval = poll,
                        InvisibilityTimeout = invisibility,
                        UseSlidingInvisibilityTimeout = true,
                        DistributedLockTimeout = TimeSpan.FromMinutes(1),
                    }).Entry;
            case WarehouseProvider.SqlServer:
                var sqlServer = options.StorageConnection ?? warehouse.ConnectionString;
                return GlobalConfiguration.Configuration.UseSqlServerStorage(() => new SqlConnection(sqlServer), new SqlServerStorageOptions
                {
                    SchemaName = SqlServerSchema,
                    PrepareSchemaIfNecessary = true, // the installer takes an application lock of its own
                    QueuePollInterval = poll,
                    SlidingInvisibilityTimeout = invisibility,
                }).Entry;
            default:
                throw new ArgumentOutOfRangeException(nameof(warehouse), warehouse.Provider, "unknown provider");
        }
    }

    /// <summary>What the storage is, in words, for the log (no password).</summary>
    public static string Describe(WarehouseOptions warehouse, SchedulerOptions options) => warehouse.Provider switch
    {
        WarehouseProvider.Sqlite => "SQLite file " + SqliteFile(warehouse, options),
        WarehouseProvider.Postgres => "PostgreSQL schema " + PostgresSchema,
        _ => "SQL Server schema " + SqlServerSchema,
    };

    /// <summary>
    /// A connection to the SQLite storage as the library opens one, but with <c>synchronous = normal</c>: every job moves
    /// through several small transactions (fetched, processing, succeeded, continuations), and with the library's default
    /// each waits for the disk twice. In write-ahead-log mode <c>normal</c> keeps the file consistent through any crash; a
    /// power cut may lose the last transactions, which the warehouse's own setting accepts too.
    /// </summary>
    private static SQLite.SQLiteConnection SqliteConnection(string file)
    {
        var connection = new SQLite.SQLiteConnection(file, SQLite.SQLiteOpenFlags.ReadWrite | SQLite.SQLiteOpenFlags.Create | SQLite.SQLiteOpenFlags.NoMutex, storeDateTimeAsTicks: true)
        {
            BusyTimeout = TimeSpan.FromSeconds(10),
        };
        connection.ExecuteScalar<string>("pragma journal_mode = wal");
        connection.Execute("pragma synchronous = normal");
        return connection;
    }

    /// <summary>The SQLite storage file: configured, or beside the warehouse file.</summary>
    public static string SqliteFile(WarehouseOptions warehouse, SchedulerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.StorageConnection))
        {
            return Path.GetFullPath(options.StorageConnection);
        }

        var source = new SqliteConnectionStringBuilder(warehouse.ConnectionString).DataSource;
        var full = Path.GetFullPath(source);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-hangfire.db");
    }

    /// <summary>
    /// Installs (or upgrades) schema <c>hangfire</c> once: under a PostgreSQL advisory lock, so that processes starting
    /// together on an empty database take turns — the first installs, the others find it done. The storage itself is then
    /// built with PrepareSchemaIfNecessary off, so no process runs the install scripts outside the lock.
    /// </summary>
    private static void InstallPostgresSchema(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var command = new NpgsqlCommand("select pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", _schemaInstallLock);
            command.ExecuteNonQuery();
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection, PostgresSchema);
        }
        finally
        {
            using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", _schemaInstallLock);
            unlock.ExecuteNonQuery();
        }
    }
}
