using System.Data.Common;
using Microsoft.Data.Sqlite;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Cli;

/// <summary>
/// What a connection string says without connecting: the provider its keywords belong to (so a PostgreSQL string works
/// without --provider), the SQLite file it names (a bare path is taken as one), and a description to print that names
/// the warehouse but never a password.
/// </summary>
internal static class ConnectionStrings
{
    private static readonly HashSet<string> _postgresOnly = new(StringComparer.Ordinal)
    {
        "host", "username", "port", "sslmode", "searchpath", "maxautoprepare", "autoprepareminusages", "includeerrordetail", "keepalive",
    };

    private static readonly HashSet<string> _sqlServerOnly = new(StringComparer.Ordinal)
    {
        "initialcatalog", "trustservercertificate", "integratedsecurity", "encrypt", "trusted_connection", "multipleactiveresultsets",
        "applicationintent", "uid", "pwd", "connecttimeout", "persistsecurityinfo",
    };

    private static readonly HashSet<string> _sqlite = new(StringComparer.Ordinal)
    {
        "datasource", "filename", "mode", "cache", "password", "foreignkeys", "recursivetriggers", "defaulttimeout", "pooling", "vfs",
    };

    /// <summary>The keywords a description of a server warehouse shows (never a user or password).</summary>
    private static readonly string[] _described = ["Host", "Server", "Data Source", "Port", "Database", "Initial Catalog"];

    /// <summary>The provider <paramref name="connection"/> is written for, or null when its keywords fit more than one (e.g. only Server and Database).</summary>
    public static WarehouseProvider? Detect(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.Contains('=', StringComparison.Ordinal))
        {
            return WarehouseProvider.Sqlite;
        }

        var keys = Keys(connection);
        if (keys.Any(_postgresOnly.Contains))
        {
            return WarehouseProvider.Postgres;
        }

        if (keys.Any(_sqlServerOnly.Contains))
        {
            return WarehouseProvider.SqlServer;
        }

        return keys.Count > 0 && keys.All(_sqlite.Contains) ? WarehouseProvider.Sqlite : null;
    }

    /// <summary>The keywords of a connection string, lower-case without spaces (for messages and detection).</summary>
    public static IReadOnlyList<string> Keys(string connection)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connection };
            return [.. builder.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())];
        }
        catch (ArgumentException ex)
        {
            throw new UserErrorException($"the connection string is not of the form key=value;key=value ({ex.Message.ReplaceLineEndings(" ")}): check --connection or VOCED_CONNECTION", ex);
        }
    }

    /// <summary>A SQLite connection given as a bare file path becomes <c>Data Source=PATH</c>; anything else is left as it is.</summary>
    public static string Normalize(WarehouseProvider provider, string connection) =>
        provider == WarehouseProvider.Sqlite && !connection.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder { DataSource = connection.Trim() }.ToString()
            : connection;

    /// <summary>The full path of a SQLite warehouse's file (null: in memory, or not SQLite).</summary>
    public static string? SqlitePath(WarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != WarehouseProvider.Sqlite)
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        return string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>The warehouse as a message names it: the SQLite file, or the server and database (never the password).</summary>
    public static string Describe(WarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == WarehouseProvider.Sqlite)
        {
            return $"the sqlite warehouse at {SqlitePath(options) ?? "(in memory)"}";
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        var parts = _described
            .Where(k => builder.TryGetValue(k, out var v) && v is not null && !string.IsNullOrEmpty(v.ToString()))
            .Select(k => $"{k}={builder[k]}");
        return $"the {options.Provider.ToName()} warehouse {string.Join(";", parts)}";
    }
}
