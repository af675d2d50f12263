using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Admin;

/// <summary>
/// Creates (or, run again, renews) a read-only login for analysts: PostgreSQL (a LOGIN role with CONNECT, USAGE on public
/// and SELECT on every table and view, also on tables created later) and SQL Server (a login, a user in
/// db_datareader). SQLite has no logins: open the file read-only with `Mode=ReadOnly` instead. The secure
/// store (schema secure: recipients, accounts) stays out of reach: PostgreSQL grants nothing on it, SQL Server
/// denies SELECT on the schema (db_datareader alone would read every schema).
/// Identifiers and passwords cannot be bound as parameters in these DDL statements, so the name is
/// checked against a strict pattern and the password is generated here (letters and digits only).
/// </summary>
public static partial class ReadOnlyLogin
{
    public const string SqliteAdvice = "SQLite has no logins: give analysts read-only access by opening the file with Mode=ReadOnly, e.g. --connection \"Data Source=./data/voced.db;Mode=ReadOnly\" (and read-only file permissions)";

    /// <summary>
    /// Creates the login with a generated password, or, when it exists, renews its grants and keeps its password unless
    /// <paramref name="resetPassword"/> (then a new one is generated); PostgreSQL and SQL Server, throws for SQLite.
    /// Running it again is safe: every grant is idempotent.
    /// </summary>
    public static async Task<ReadOnlyGrant> GrantAsync(WarehouseOptions options, string user, bool resetPassword, CancellationToken ct)
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

        var name = user!;
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var postgres = options.Provider == WarehouseProvider.Postgres;
        var exists = (await SqlCommands.QueryAsync(connection, null,
            postgres ? "select count(*) from pg_roles where rolname = @user" : "select count(*) from sys.server_principals where name = @user",
            r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), ct, ("@user", name)).ConfigureAwait(false))[0] > 0;
        var password = !exists || resetPassword ? RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24) : null;
        var statements = postgres ? Postgres(name, password, exists, connection.Database) : SqlServerStatements(name, password, exists);
        foreach (var statement in statements)
        {
            await SqlCommands.ExecuteAsync(connection, null, statement, ct, statement.Contains("@user", StringComparison.Ordinal) ? [("@user", name)] : []).ConfigureAwait(false);
        }

        return new ReadOnlyGrant(!exists, password);
    }

    /// <summary>The statements for PostgreSQL: the role (created, or its password set) and grants, which may be given again.</summary>
    private static IEnumerable<string> Postgres(string user, string? password, bool exists, string database)
    {
        if (!exists)
        {
            yield return $"create role \"{user}\" login password '{password}' nosuperuser nocreatedb nocreaterole";
        }
        else if (password is not null)
        {
            yield return $"alter role \"{user}\" login password '{password}'";
        }

        yield return $"grant connect on database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" to \"{user}\"";
        yield return $"grant usage on schema public to \"{user}\"";
        yield return $"grant select on all tables in schema public to \"{user}\"";
        yield return $"alter default privileges in schema public grant select on tables to \"{user}\"";
    }

    /// <summary>
    /// The T-SQL for SQL Server: the login (created, or its password set), the database user if missing, the reader role,
    /// and the secure schema denied (internal: the tests parse it).
    /// </summary>
    internal static IEnumerable<string> SqlServerStatements(string user, string? password, bool exists)
    {
        if (!exists)
        {
            yield return $"create login [{user}] with password = '{password}', check_policy = on";
        }
        else if (password is not null)
        {
            yield return $"alter login [{user}] with password = '{password}'";
        }

        yield return $"if not exists (select 1 from sys.database_principals where name = @user) create user [{user}] for login [{user}]";
        yield return $"alter role db_datareader add member [{user}]";
        yield return "if schema_id(N'secure') is null exec(N'create schema [secure]')";
        yield return $"deny select, view definition on schema::[secure] to [{user}]";
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,62}\z")]
    private static partial Regex ValidName();
}
