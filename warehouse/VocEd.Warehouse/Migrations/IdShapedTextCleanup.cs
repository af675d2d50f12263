namespace VocEd.Warehouse.Migrations;

/// <summary>
/// SQL that masks, in text already stored, everything shaped like a citizen ID — a run of 18 or more digits, or of 17
/// or more followed by X — as the ETL now masks it before storing: the run keeps its first six characters, the rest
/// (the X included) becomes <c>*</c>. Only rows holding 17 digits in a row are rewritten. One statement (SQL Server:
/// three batches, a helper function made and dropped) per column.
/// </summary>
public static class IdShapedTextCleanup
{
    /// <summary>The columns an earlier ETL could have stored an ID-shaped text in: rejected rows' values and messages, submissions' reasons and names.</summary>
    public static IReadOnlyList<(string Table, string Column)> Columns { get; } =
    [
        ("etl_rejected_row", "raw_value"),
        ("etl_rejected_row", "message"),
        ("etl_submission", "status_reason"),
        ("etl_submission", "file_name"),
        ("etl_submission", "quarantine_path"),
        ("etl_load_run", "message"),
    ];

    /// <summary>SQLite has no regular expressions: a recursive walk over each affected value, one character a step.</summary>
    public static string Sqlite(string table, string column) => $"""
        update {table} set {column} = (
            with recursive walk(i, run, done) as (
                select 1, '', ''
                union all
                select i + 1,
                    case when substr(x.s, i, 1) glob '[0-9]' then run || substr(x.s, i, 1) else '' end,
                    case when substr(x.s, i, 1) glob '[0-9]' then done
                        else done || case
                            when length(run) >= 18 and substr(x.s, i, 1) in ('X', 'x') then substr(run, 1, 6) || replace(hex(zeroblob(length(run) - 5)), '00', '*')
                            when length(run) >= 18 then substr(run, 1, 6) || replace(hex(zeroblob(length(run) - 6)), '00', '*') || substr(x.s, i, 1)
                            when length(run) = 17 and substr(x.s, i, 1) in ('X', 'x') then substr(run, 1, 6) || '************'
                            else run || substr(x.s, i, 1) end
                    end
                from walk, (select {table}.{column} as s) as x
                where i <= length(x.s) + 1)
            select done from walk order by i desc limit 1)
        where {column} glob '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*';
        """;

    /// <summary>PostgreSQL: the value cut into digit runs (with a trailing X) and other text, the ID-shaped runs masked, glued back in order.</summary>
    public static string Postgres(string table, string column) => $$"""
        update {{table}} set {{column}} = (
            select string_agg(case when p ~ '^([0-9]{18,}[Xx]?|[0-9]{17}[Xx])$' then left(p, 6) || repeat('*', length(p) - 6) else p end, '' order by n)
            from regexp_matches({{table}}.{{column}}, '[0-9]+[Xx]?|[^0-9]+', 'g') with ordinality as m(a, n), lateral (select m.a[1]) as x(p))
        where {{column}} ~ '[0-9]{17}';
        """;

    /// <summary>
    /// SQL Server: a scalar function that walks the value, used by the updates, then dropped. Function and updates go
    /// through EXEC, so each is compiled on its own and the script needs no batch separator between them.
    /// </summary>
    public static string SqlServerFunction { get; } = Exec("""
        CREATE FUNCTION dbo.voced_mask_id_shaped(@t nvarchar(max)) RETURNS nvarchar(max) AS
        BEGIN
            DECLARE @out nvarchar(max) = N'', @run nvarchar(max) = N'', @i int = 1, @n int = DATALENGTH(@t) / 2, @c nvarchar(1);
            WHILE @i <= @n + 1
            BEGIN
                SET @c = CASE WHEN @i <= @n THEN SUBSTRING(@t, @i, 1) ELSE N'' END;
                IF @c LIKE N'[0-9]'
                    SET @run = @run + @c;
                ELSE
                BEGIN
                    SET @out = @out + CASE
                        WHEN LEN(@run) >= 18 AND @c IN (N'X', N'x') THEN LEFT(@run, 6) + REPLICATE(N'*', LEN(@run) - 5)
                        WHEN LEN(@run) >= 18 THEN LEFT(@run, 6) + REPLICATE(N'*', LEN(@run) - 6) + @c
                        WHEN LEN(@run) = 17 AND @c IN (N'X', N'x') THEN LEFT(@run, 6) + REPLICATE(N'*', 12)
                        ELSE @run + @c END;
                    SET @run = N'';
                END;
                SET @i = @i + 1;
            END;
            RETURN @out;
        END
        """);

    public static string SqlServer(string table, string column) =>
        Exec($"UPDATE {table} SET {column} = dbo.voced_mask_id_shaped({column}) WHERE {column} LIKE N'%[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]%';");

    public const string SqlServerDropFunction = "DROP FUNCTION dbo.voced_mask_id_shaped;";

    private static string Exec(string sql) => "EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "');";
}
