using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace VocEd.Testing;

/// <summary>
/// A throw-away PostgreSQL server for tests: initdb into a temporary folder, pg_ctl start on
/// 127.0.0.1 and a free port (as the `postgres` user when the tests run as root, since initdb
/// refuses root), trust authentication, and stop + delete on dispose. Each test asks for its own
/// empty database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string _superuser = "voced";
    private readonly string _binDirectory;
    private readonly string? _runAs;
    private int _databases;

    private PostgresServer(string root, string binDirectory, string? runAs, int port)
    {
        Root = root;
        _binDirectory = binDirectory;
        _runAs = runAs;
        Port = port;
    }

    public string Root { get; }

    public int Port { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string AdminConnectionString => ConnectionString("postgres");

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var runAs = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || IsRoot() ? "postgres" : null;
        var root = Directory.CreateTempSubdirectory("voced-pg-").FullName;
        var server = new PostgresServer(root, bin, runAs, FreePort());
        if (runAs is not null)
        {
            ProcessRunner.Run("chown", runAs, root);
        }

        server.Tool("initdb", "-D", server.DataDirectory, "-U", _superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50");
        server.Tool("pg_ctl", "-D", server.DataDirectory, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>
    /// <paramref name="connection"/> with pooling on (this server's connection strings turn it off, so that databases
    /// can be dropped): what a deployment has, for a host or harness that opens many connections.
    /// </summary>
    public static string Pooled(string connection, int maxPoolSize = 100) =>
        new NpgsqlConnectionStringBuilder(connection) { Pooling = true, MaxPoolSize = maxPoolSize }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}").ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = _superuser,
            Database = database,
            Pooling = false,
            Timeout = 30,
            CommandTimeout = 600,
        }.ToString();

    public ValueTask DisposeAsync()
    {
        try
        {
            Tool("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private void Tool(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binDirectory, tool);
        if (_runAs is null)
        {
            ProcessRunner.Run(path, arguments);
        }
        else
        {
            ProcessRunner.Run("runuser", ["-u", _runAs, "--", path, .. arguments]);
        }
    }

    private static bool IsRoot() => ProcessRunner.Run("id", "-u").Trim() == "0";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindBinDirectory()
    {
        if (Environment.GetEnvironmentVariable("VOCED_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .ToList()
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Where(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")));
        return candidates.Concat(onPath).FirstOrDefault()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or on PATH: install the 'postgresql' package (./voced test does this when run as root) or set VOCED_PG_BIN");
    }
}
