using System.Data.Common;
using VocEd.Warehouse.Secure;

namespace VocEd.Scheduler.Access;

/// <summary>
/// Reads and writes the access tables (accounts, API keys, uploads, audit log) at <see cref="AccessStoreLocation"/>.
/// User names are kept lower-case: <c>Wang</c> and <c>wang</c> are one account.
/// </summary>
internal sealed class AccessStore(AccessStoreLocation location)
{
    private const string _accountColumns = "a.account_id, a.user_name, a.role, a.region_code, a.school_code, a.password_hash, a.password_changed_at, a.is_disabled, a.failed_attempts, a.locked_until";

    public AccessStoreLocation Location => location;

    private string Accounts => location.Table("acc_account");

    private string Keys => location.Table("acc_api_key");

    private string Uploads => location.Table("acc_upload");

    private string Audit => location.Table("acc_audit");

    /// <summary>
    /// Creates or upgrades the secure store the access tables belong to (its migrations; the SQLite file readable by its
    /// owner only), as <c>db migrate</c> does; safe to run again and from several processes at once.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await new SecureStoreMigrator(new SecureStoreOptions(location.Provider, location.ConnectionString)).MigrateAsync(ct).ConfigureAwait(false);
        if (location.SqliteFile is not null)
        {
            // Readers and the writer of the audit log must not wait on each other.
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var wal = Command(connection, "pragma journal_mode = wal");
            await wal.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public static string NormalizeUserName(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLowerInvariant();
    }

    public async Task<Account> AddAccountAsync(string userName, string role, string? regionCode, string? schoolCode, string passwordHash, DateTime now, CancellationToken ct)
    {
        var name = NormalizeUserName(userName);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            insert into {Accounts} (user_name, role, region_code, school_code, password_hash, password_changed_at, is_disabled, failed_attempts, locked_until, created_at)
            values (@name, @role, @region, @school, @hash, @now, @disabled, 0, null, @now)
            """, ("@name", name), ("@role", role), ("@region", regionCode), ("@school", schoolCode), ("@hash", passwordHash), ("@now", now), ("@disabled", false));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return await FindAccountAsync(name, ct).ConfigureAwait(false) ?? throw new InvalidOperationException("the account just added is missing");
    }

    public async Task<Account?> FindAccountAsync(string userName, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"select {_accountColumns} from {Accounts} a where a.user_name = @name", ("@name", NormalizeUserName(userName)));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? ReadAccount(reader, 0) : null;
    }

    public async Task<IReadOnlyList<(Account Account, int ActiveKeys)>> ListAccountsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            select {_accountColumns},
                   (select count(*) from {Keys} k where k.account_id = a.account_id and k.revoked_at is null) as active_keys
            from {Accounts} a
            order by a.user_name
            """);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var accounts = new List<(Account, int)>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            accounts.Add((ReadAccount(reader, 0), Convert.ToInt32(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return accounts;
    }

    /// <summary>Disables or enables an account; false when there is no such account.</summary>
    public async Task<bool> SetDisabledAsync(string userName, bool disabled, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"update {Accounts} set is_disabled = @disabled where user_name = @name",
            ("@disabled", disabled), ("@name", NormalizeUserName(userName)));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <summary>Sets a new password hash and lifts a lockout; the account's signed-in sessions end (their stamp no longer matches).</summary>
    public async Task<bool> ResetPasswordAsync(string userName, string passwordHash, DateTime now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            update {Accounts} set password_hash = @hash, password_changed_at = @now, failed_attempts = 0, locked_until = null
            where user_name = @name
            """, ("@hash", passwordHash), ("@now", now), ("@name", NormalizeUserName(userName)));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Counts a sign-in toward the lockout before its password is checked, so that sign-ins sent at once cannot check
    /// more passwords than the lockout allows: false (nothing counted) when the account is locked at <paramref name="now"/>
    /// or <paramref name="limit"/> sign-ins are counted already. A success takes the count back to zero.
    /// </summary>
    public async Task<bool> BeginAttemptAsync(long accountId, int limit, DateTime now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            update {Accounts}
            set failed_attempts = failed_attempts + 1
            where account_id = @id and failed_attempts < @limit and (locked_until is null or locked_until <= @now)
            """, ("@id", accountId), ("@limit", limit), ("@now", now));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// After a wrong password: once <paramref name="limit"/> sign-ins in a row are counted, locks the account until
    /// <paramref name="lockedUntil"/> and starts the count again. Returns true when this failure locked the account.
    /// </summary>
    public async Task<bool> FailAttemptAsync(long accountId, int limit, DateTime lockedUntil, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            update {Accounts}
            set locked_until = @until, failed_attempts = 0
            where account_id = @id and failed_attempts >= @limit
            """, ("@until", lockedUntil), ("@id", accountId), ("@limit", limit));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    public async Task RecordSuccessAsync(long accountId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"update {Accounts} set failed_attempts = 0, locked_until = null where account_id = @id and (failed_attempts <> 0 or locked_until is not null)", ("@id", accountId));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>True once an enabled admin account exists (the Hangfire dashboard then needs one signed in).</summary>
    public async Task<bool> AnyAdminAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"select count(*) from {Accounts} where role = @role and is_disabled = @disabled", ("@role", AccessRoles.Admin), ("@disabled", false));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public async Task AddKeyAsync(long accountId, string prefix, string secretSha256, DateTime now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"insert into {Keys} (account_id, key_prefix, secret_sha256, created_at, revoked_at) values (@account, @prefix, @sha, @now, null)",
            ("@account", accountId), ("@prefix", prefix), ("@sha", secretSha256), ("@now", now));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<ApiKeyRecord?> FindKeyAsync(string prefix, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"""
            select {_accountColumns}, k.key_id, k.key_prefix, k.secret_sha256, k.created_at, k.revoked_at
            from {Keys} k join {Accounts} a on a.account_id = k.account_id
            where k.key_prefix = @prefix
            """, ("@prefix", prefix));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        return new ApiKeyRecord(reader.GetInt64(10), reader.GetString(11), reader.GetString(12), ToUtc(reader.GetValue(13)), NullableUtc(reader.GetValue(14)), ReadAccount(reader, 0));
    }

    /// <summary>Revokes a key by its prefix; false when there is no such key or it was revoked before.</summary>
    public async Task<bool> RevokeKeyAsync(string prefix, DateTime now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"update {Keys} set revoked_at = @now where key_prefix = @prefix and revoked_at is null", ("@now", now), ("@prefix", prefix));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    public async Task RecordUploadAsync(long submissionId, string account, string sha256, long sizeBytes, DateTime now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"insert into {Uploads} (submission_id, account, content_sha256, size_bytes, uploaded_at) values (@id, @account, @sha, @size, @now)",
            ("@id", submissionId), ("@account", account), ("@sha", sha256), ("@size", sizeBytes), ("@now", now));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The account that uploaded a submission, or null (it came through the inbox, or before accounts existed).</summary>
    public async Task<string?> UploaderAsync(long submissionId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"select account from {Uploads} where submission_id = @id", ("@id", submissionId));
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    public async Task AuditAsync(AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"insert into {Audit} (occurred_at, account, action, target, outcome) values (@at, @account, @action, @target, @outcome)",
            ("@at", entry.OccurredAt), ("@account", entry.Account), ("@action", entry.Action), ("@target", Truncate(entry.Target, 400)), ("@outcome", Truncate(entry.Outcome, 200)));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The latest <paramref name="count"/> audit lines, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(int count, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, $"select occurred_at, account, action, target, outcome from {Audit} order by audit_id desc");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (entries.Count < count && await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(ToUtc(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
        }

        return entries;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    private static Account ReadAccount(DbDataReader reader, int at) => new(
        reader.GetInt64(at),
        reader.GetString(at + 1),
        reader.GetString(at + 2),
        reader.IsDBNull(at + 3) ? null : reader.GetString(at + 3),
        reader.IsDBNull(at + 4) ? null : reader.GetString(at + 4),
        reader.GetString(at + 5),
        ToUtc(reader.GetValue(at + 6)),
        reader.GetBoolean(at + 7),
        reader.GetInt32(at + 8),
        NullableUtc(reader.GetValue(at + 9)));

    private static DateTime? NullableUtc(object value) => value is DBNull or null ? null : ToUtc(value);

    private static DateTime ToUtc(object value) => value switch
    {
        DateTime d => d.Kind == DateTimeKind.Utc ? d : DateTime.SpecifyKind(d, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        string s => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
        _ => throw new InvalidCastException("not a time: " + value.GetType().Name),
    };

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = location.CreateConnection();
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
