using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Admin;

/// <summary>
/// Creates a read-only login for analysts: PostgreSQL (a LOGIN role with CONNECT, USAGE on public and
/// SELECT on every table and view, also on tables created later) and SQL Server (a login, a user in
/// db_datareader). SQLite has no logins: open the file read-only with `Mode=ReadOnly` instead. The secure
/// store (schema secure: recipients, accounts) stays out of reach: PostgreSQL grants nothing on it, SQL Server
/// denies SELECT on the schema (db_datareader alone would read every schema).
/// Identifiers and passwords cannot be bound as parameters in these DDL statements, so the name is
/// checked against a strict pattern and the password is generated here (letters and digits only).
/// </summary>
public static partial class ReadOnlyLogin
{
    public const string SqliteAdvice = "SQLite has no logins: give analysts read-only access by opening the file with Mode=ReadOnly, e.g. --connection \"Data Source=./data/voced.db;Mode=ReadOnly\" (and read-only file permissions)";

    /// <summary>Creates the login and returns its generated password (PostgreSQL, SQL Server); throws for SQLite.</summary>
    public static async Task<string> CreateAsync(WarehouseOptions options, string user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!ValidName().IsMatch(user ?? string.Empty))
        {
            throw new ArgumentException($"login name '{user}' is not allowed: use 1–63 lower-case letters, digits or _ starting with a letter", nameof(user));
        }

        if (options.Provider == WarehouseProvider.Sqlite)
        {
            throw new NotSupportedException(SqliteAdvice);
        }

        var password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24);
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        foreach (var statement in options.Provider == WarehouseProvider.Postgres ? Postgres(user!, password, connection.Database) : SqlServerStatements(user!, password))
        {
            await SqlCommands.ExecuteAsync(connection, null, statement, ct).ConfigureAwait(false);
        }

        return password;
    }

    private static string[] Postgres(string user, string password, string database) =>
    [
        $"create role \"{user}\" login password '{password}' nosuperuser nocreatedb nocreaterole",
        $"grant connect on database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" to \"{user}\"",
        $"grant usage on schema public to \"{user}\"",
        $"grant select on all tables in schema public to \"{user}\"",
        $"alter default privileges in schema public grant select on tables to \"{user}\"",
    ];

    /// <summary>The T-SQL of a SQL Server login (internal: the tests parse it).</summary>
    internal static string[] SqlServerStatements(string user, string password) =>
    [
        $"create login [{user}] with password = '{password}', check_policy = on",
        $"create user [{user}] for login [{user}]",
        $"alter role db_datareader add member [{user}]",
        "if schema_id(N'secure') is null exec(N'create schema [secure]')",
        $"deny select, view definition on schema::[secure] to [{user}]",
    ];

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,62}\z")]
    private static partial Regex ValidName();
}
