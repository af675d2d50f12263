using Microsoft.EntityFrameworkCore.Migrations;
using VocEd.Warehouse.Data;

namespace VocEd.Warehouse.Secure.Migrations;

/// <summary>
/// Adopts the access tables (acc_account, acc_api_key, acc_upload, acc_audit) that the web host created with its own
/// DDL before they were part of the secure store's migrations: migration AccessTables moves such tables aside
/// (<see cref="MoveAside"/>), creates its own, then copies their rows over, ids included, and drops them
/// (<see cref="CopyBackAndDrop"/>). On a store without them the two steps do nothing on PostgreSQL and SQL Server; SQLite
/// has no conditional DDL, so there an empty table of the old shape is made, moved aside and dropped.
/// </summary>
internal static class LegacyAccessTables
{
    private static readonly (string Table, string Columns)[] _tables =
    [
        ("acc_account", "account_id, user_name, role, region_code, school_code, password_hash, password_changed_at, is_disabled, failed_attempts, locked_until, created_at"),
        ("acc_api_key", "key_id, account_id, key_prefix, secret_sha256, created_at, revoked_at"),
        ("acc_upload", "submission_id, account, content_sha256, size_bytes, uploaded_at"),
        ("acc_audit", "audit_id, occurred_at, account, action, target, outcome"),
    ];

    // The identity column of each table with one (acc_upload's key is the submission's id).
    private static readonly Dictionary<string, string> _identities = new(StringComparer.Ordinal)
    {
        ["acc_account"] = "account_id",
        ["acc_api_key"] = "key_id",
        ["acc_audit"] = "audit_id",
    };

    // The old DDL on SQLite, as the web host ran it: makes the tables that are missing so that every store is moved the same way.
    private static readonly string[] _sqliteOldShape =
    [
        """
        create table if not exists acc_account (
            account_id integer primary key,
            user_name text not null unique,
            role text not null,
            region_code text null,
            school_code text null,
            password_hash text not null,
            password_changed_at text not null,
            is_disabled integer not null default 0,
            failed_attempts integer not null default 0,
            locked_until text null,
            created_at text not null);
        """,
        """
        create table if not exists acc_api_key (
            key_id integer primary key,
            account_id integer not null references acc_account (account_id),
            key_prefix text not null unique,
            secret_sha256 text not null,
            created_at text not null,
            revoked_at text null);
        """,
        """
        create table if not exists acc_upload (
            submission_id integer primary key,
            account text not null,
            content_sha256 text not null,
            size_bytes integer not null,
            uploaded_at text not null);
        """,
        """
        create table if not exists acc_audit (
            audit_id integer primary key,
            occurred_at text not null,
            account text not null,
            action text not null,
            target text null,
            outcome text not null);
        """,
    ];

    /// <summary>Before the new tables are created: renames the old ones to <c>acc_…_legacy</c>.</summary>
    public static void MoveAside(MigrationBuilder migrationBuilder, WarehouseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        switch (provider)
        {
            case WarehouseProvider.Sqlite:
                foreach (var statement in _sqliteOldShape)
                {
                    migrationBuilder.Sql(statement);
                }

                // Renaming acc_account first points acc_api_key's foreign key at acc_account_legacy (SQLite rewrites it).
                foreach (var (table, _) in _tables)
                {
                    migrationBuilder.Sql($"alter table {table} rename to {table}_legacy;");
                }

                break;
            case WarehouseProvider.Postgres:
                migrationBuilder.Sql(string.Concat(
                    "do $$\nbegin\n",
                    string.Concat(_tables.Select(t =>
                        $"    if to_regclass('secure.{t.Table}') is not null then\n        alter table secure.{t.Table} rename to {t.Table}_legacy;\n    end if;\n")),
                    "end\n$$;"));
                break;
            case WarehouseProvider.SqlServer:
                foreach (var (table, _) in _tables)
                {
                    migrationBuilder.Sql($"if object_id(N'[secure].[{table}]', N'U') is not null exec sp_rename N'[secure].[{table}]', N'{table}_legacy';");
                }

                break;
            default:
                throw new NotSupportedException(provider.ToString());
        }
    }

    /// <summary>After the new tables are created: copies the old tables' rows into them (ids kept) and drops the old tables.</summary>
    public static void CopyBackAndDrop(MigrationBuilder migrationBuilder, WarehouseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        switch (provider)
        {
            case WarehouseProvider.Sqlite:
                foreach (var (table, columns) in _tables)
                {
                    migrationBuilder.Sql($"insert into {table} ({columns}) select {columns} from {table}_legacy;");
                }

                foreach (var (table, _) in _tables.Reverse())
                {
                    migrationBuilder.Sql($"drop table {table}_legacy;");
                }

                break;
            case WarehouseProvider.Postgres:
                migrationBuilder.Sql(string.Concat(
                    "do $$\nbegin\n",
                    string.Concat(_tables.Select(t =>
                        $"    if to_regclass('secure.{t.Table}_legacy') is not null then\n        insert into secure.{t.Table} ({t.Columns}) select {t.Columns} from secure.{t.Table}_legacy;\n"
                        + (_identities.TryGetValue(t.Table, out var id)
                            ? $"        perform setval(pg_get_serial_sequence('secure.{t.Table}', '{id}'), coalesce((select max({id}) from secure.{t.Table}), 0) + 1, false);\n"
                            : string.Empty)
                        + "    end if;\n")),
                    string.Concat(_tables.Reverse().Select(t => $"    drop table if exists secure.{t.Table}_legacy;\n")),
                    "end\n$$;"));
                break;
            case WarehouseProvider.SqlServer:
                foreach (var (table, columns) in _tables)
                {
                    var copy = $"insert into [secure].[{table}] ({columns}) select {columns} from [secure].[{table}_legacy];";
                    if (_identities.ContainsKey(table))
                    {
                        copy = $"set identity_insert [secure].[{table}] on; {copy} set identity_insert [secure].[{table}] off;";
                    }

                    // Through exec: the batch is compiled only when the old table exists.
                    migrationBuilder.Sql($"if object_id(N'[secure].[{table}_legacy]', N'U') is not null exec(N'{copy}');");
                }

                foreach (var (table, _) in _tables.Reverse())
                {
                    migrationBuilder.Sql($"if object_id(N'[secure].[{table}_legacy]', N'U') is not null drop table [secure].[{table}_legacy];");
                }

                break;
            default:
                throw new NotSupportedException(provider.ToString());
        }
    }
}
