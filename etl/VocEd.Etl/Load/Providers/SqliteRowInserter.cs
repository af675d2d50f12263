using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;
using VocEd.Warehouse.Data;

namespace VocEd.Etl.Load.Providers;

/// <summary>
/// The SQLite bulk path: prepared <c>INSERT</c>s per table — one of <see cref="RowsPerStatement"/> rows, one of a single
/// row for the rest — stepped inside the context's current transaction, SQLite's own fastest way to load. It binds by position through SQLitePCL directly, with a bind
/// delegate per column compiled once per entity type, because Microsoft.Data.Sqlite looks every parameter up by
/// name on every execution and boxes every value, which cost more than SQLite's insert itself. Columns come from
/// the EF model; values are stored as Microsoft.Data.Sqlite stores them (integers, REAL, UTF-8 TEXT, BLOB; decimal and
/// DateTime as its invariant text forms). Database-generated keys are left out.
/// </summary>
internal static class SqliteRowInserter
{
    private const int _done = 101; // SQLITE_DONE

    /// <summary>Rows per multi-row INSERT (the last few rows of a load go one at a time).</summary>
    internal const int RowsPerStatement = 32;

    public static long Insert<T>(WarehouseDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var plan = Plan<T>.For(db.Model);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var handle = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(handle, raw.sqlite3_prepare_v2(handle, plan.Sql(1), out var single));
        Check(handle, raw.sqlite3_prepare_v2(handle, plan.Sql(RowsPerStatement), out var multi));
        using (single)
        using (multi)
        {
            var (addedSingle, addedMulti) = (false, false);
            single.DangerousAddRef(ref addedSingle);
            multi.DangerousAddRef(ref addedMulti);
            try
            {
                return Insert(handle, single.DangerousGetHandle(), multi.DangerousGetHandle(), plan, rows, ct);
            }
            finally
            {
                if (addedSingle)
                {
                    single.DangerousRelease();
                }

                if (addedMulti)
                {
                    multi.DangerousRelease();
                }
            }
        }
    }

    /// <summary>
    /// Inserts <see cref="RowsPerStatement"/> rows per step of the multi-row statement, the rest one per step. Fewer
    /// statement executions, and per execution SQLite's fixed work (for a table with an AUTOINCREMENT key such as
    /// etl_rejected_row, reading and rewriting sqlite_sequence) is shared by all its rows.
    /// </summary>
    private static long Insert<T>(sqlite3 handle, IntPtr single, IntPtr multi, Plan<T> plan, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        long inserted = 0;
        var pending = new T[RowsPerStatement];
        var count = 0;
        foreach (var row in rows)
        {
            pending[count++] = row;
            if (count < RowsPerStatement)
            {
                continue;
            }

            if ((inserted & 4095) < RowsPerStatement)
            {
                ct.ThrowIfCancellationRequested();
            }

            Step(handle, multi, plan, pending);
            inserted += count;
            count = 0;
        }

        for (var i = 0; i < count; i++)
        {
            Step(handle, single, plan, pending.AsSpan(i, 1));
            inserted++;
        }

        Array.Clear(pending);
        return inserted;
    }

    /// <summary>Binds <paramref name="rows"/> (as many as the statement has row slots) and steps the statement once.</summary>
    private static void Step<T>(sqlite3 handle, IntPtr statement, Plan<T> plan, ReadOnlySpan<T> rows)
        where T : class
    {
        var width = plan.Binders.Length;
        for (var r = 0; r < rows.Length; r++)
        {
            for (var i = 0; i < width; i++)
            {
                Check(handle, plan.Binders[i](statement, (r * width) + i + 1, rows[r]));
            }
        }

        var rc = NativeMethods.sqlite3_step(statement);
        _ = NativeMethods.sqlite3_reset(statement); // its code repeats the step's
        if (rc != _done)
        {
            Check(handle, rc);
        }
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc is not (raw.SQLITE_OK or _done))
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
        }
    }

    private static int BindInt64(IntPtr s, int i, long v) => NativeMethods.sqlite3_bind_int64(s, i, v);

    private static int BindNullableInt64(IntPtr s, int i, long? v) => v is { } x ? NativeMethods.sqlite3_bind_int64(s, i, x) : NativeMethods.sqlite3_bind_null(s, i);

    private static int BindDouble(IntPtr s, int i, double v) => NativeMethods.sqlite3_bind_double(s, i, v);

    private static int BindNullableDouble(IntPtr s, int i, double? v) => v is { } x ? NativeMethods.sqlite3_bind_double(s, i, x) : NativeMethods.sqlite3_bind_null(s, i);

    private static int BindText(IntPtr s, int i, string? v)
    {
        if (v is null)
        {
            return NativeMethods.sqlite3_bind_null(s, i);
        }

        // UTF-8 on the stack; SQLite copies it (SQLITE_TRANSIENT).
        var length = Encoding.UTF8.GetByteCount(v);
        Span<byte> utf8 = length <= 512 ? stackalloc byte[Math.Max(length, 1)] : new byte[length];
        Encoding.UTF8.GetBytes(v, utf8);
        return NativeMethods.sqlite3_bind_text(s, i, ref MemoryMarshal.GetReference(utf8), length, NativeMethods.Transient);
    }

    private static int BindBlob(IntPtr s, int i, byte[]? v) =>
        v is null ? NativeMethods.sqlite3_bind_null(s, i)
        : NativeMethods.sqlite3_bind_blob(s, i, ref MemoryMarshal.GetArrayDataReference(v), v.Length, NativeMethods.Transient);

    // The text forms Microsoft.Data.Sqlite (and so EF Core) writes for these types.
    private static int BindDecimal(IntPtr s, int i, decimal? v) =>
        BindText(s, i, v?.ToString("0.0###########################", CultureInfo.InvariantCulture));

    private static int BindDateTime(IntPtr s, int i, DateTime? v) =>
        BindText(s, i, v?.ToString("yyyy\\-MM\\-dd HH\\:mm\\:ss.FFFFFFF", CultureInfo.InvariantCulture));

    private static int BindDateOnly(IntPtr s, int i, DateOnly? v) =>
        BindText(s, i, v?.ToString("yyyy\\-MM\\-dd", CultureInfo.InvariantCulture));

    /// <summary>The statement and the column binders of one entity type, built once.</summary>
    private sealed class Plan<T>
        where T : class
    {
        private static readonly Lock _gate = new();
        private static Plan<T>? _cached;
        private static IModel? _cachedModel;

        private readonly string _insertInto;

        private Plan(string insertInto, Func<IntPtr, int, T, int>[] binders)
        {
            _insertInto = insertInto;
            Binders = binders;
        }

        public Func<IntPtr, int, T, int>[] Binders { get; }

        /// <summary>The INSERT of <paramref name="rows"/> rows, parameters numbered row by row.</summary>
        public string Sql(int rows)
        {
            var width = Binders.Length;
            var values = Enumerable.Range(0, rows)
                .Select(r => "(" + string.Join(", ", Enumerable.Range((r * width) + 1, width).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture))) + ")");
            return _insertInto + string.Join(", ", values);
        }

        public static Plan<T> For(IModel model)
        {
            lock (_gate)
            {
                if (_cached is null || !ReferenceEquals(_cachedModel, model))
                {
                    _cached = Build(model);
                    _cachedModel = model;
                }

                return _cached;
            }
        }

        private static Plan<T> Build(IModel model)
        {
            var (table, store, columns) = ModelColumns.Of<T>(model);
            var names = columns.Select(p => ModelColumns.Quote(ModelColumns.ColumnName(p, store)));
            return new Plan<T>($"insert into {ModelColumns.Quote(table)} ({string.Join(", ", names)}) values ", [.. columns.Select(Binder)]);
        }

        private static Func<IntPtr, int, T, int> Binder(IProperty property)
        {
            var statement = Expression.Parameter(typeof(IntPtr), "statement");
            var index = Expression.Parameter(typeof(int), "index");
            var row = Expression.Parameter(typeof(T), "row");
            var value = ModelColumns.ProviderValue(property, row);
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            var nullable = value.Type != type;
            (string Method, Type Target) bind = type switch
            {
                _ when type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(bool)
                    => nullable ? (nameof(BindNullableInt64), typeof(long?)) : (nameof(BindInt64), typeof(long)),
                _ when type == typeof(double) || type == typeof(float)
                    => nullable ? (nameof(BindNullableDouble), typeof(double?)) : (nameof(BindDouble), typeof(double)),
                _ when type == typeof(string) => (nameof(BindText), typeof(string)),
                _ when type == typeof(byte[]) => (nameof(BindBlob), typeof(byte[])),
                _ when type == typeof(decimal) => (nameof(BindDecimal), typeof(decimal?)),
                _ when type == typeof(DateTime) => (nameof(BindDateTime), typeof(DateTime?)),
                _ when type == typeof(DateOnly) => (nameof(BindDateOnly), typeof(DateOnly?)),
                _ => throw new NotSupportedException($"{typeof(T).Name}.{property.Name}: {value.Type.Name} is not bulk-inserted on SQLite"),
            };
            if (type == typeof(bool))
            {
                // true/false as 1/0, as Microsoft.Data.Sqlite binds them.
                value = nullable
                    ? Expression.Condition(Expression.Property(value, "HasValue"),
                        Expression.Convert(Expression.Condition(Expression.Property(value, "Value"), Expression.Constant(1L), Expression.Constant(0L)), typeof(long?)),
                        Expression.Constant(null, typeof(long?)))
                    : Expression.Condition(value, Expression.Constant(1L), Expression.Constant(0L));
            }
            else if (value.Type != bind.Target)
            {
                value = Expression.Convert(value, bind.Target);
            }

            var method = typeof(SqliteRowInserter).GetMethod(bind.Method, BindingFlags.NonPublic | BindingFlags.Static)!;
            return Expression.Lambda<Func<IntPtr, int, T, int>>(Expression.Call(method, statement, index, value), statement, index, row).Compile();
        }
    }
}

/// <summary>
/// The few SQLite C functions the row inserter calls per row, bound directly to the e_sqlite3 library that
/// Microsoft.Data.Sqlite bundles (SQLitePCL's wrappers take a SafeHandle and add a reference count per call).
/// </summary>
internal static class NativeMethods
{
    private const string _library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound text before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_double(IntPtr statement, int index, double value);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_null(IntPtr statement, int index);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_text(IntPtr statement, int index, ref byte text, int length, IntPtr destructor);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_blob(IntPtr statement, int index, ref byte blob, int length, IntPtr destructor);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_step(IntPtr statement);

    [DllImport(_library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_reset(IntPtr statement);
}
