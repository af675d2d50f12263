using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using VocEd.Warehouse.Data;

namespace VocEd.Etl.Load.Providers;

/// <summary>
/// The PostgreSQL bulk path: <c>COPY … FROM STDIN (FORMAT BINARY)</c> on the context's connection (inside its current
/// transaction), the binary rows encoded here by one writer per table compiled from the EF model, into a buffer sent
/// in 64 KiB pieces. linq2db's provider-specific copy wrote every value through an awaited, boxed Npgsql call that
/// resolved the value's type each time — most of the client's CPU per row. Column types are taken from the model's
/// store types: smallint, integer, bigint, boolean, double precision, numeric, text, character varying and bytea; for a table
/// with any other type <see cref="Copy{T}"/> copies nothing and returns null, and the caller goes through linq2db.
/// </summary>
internal static class PostgresRowCopier
{
    /// <summary>Copies the rows and returns how many; null (nothing read, nothing sent) when the table has a column type not written here.</summary>
    public static long? Copy<T>(WarehouseDbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (Plan<T>.For(db.Model) is not { } plan)
        {
            return null;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var stream = connection.BeginRawBinaryCopy(plan.Sql);
        try
        {
            return Encode(plan, rows, stream, ct);
        }
        catch
        {
            stream.Cancel();
            throw;
        }
    }

    /// <summary>
    /// Encodes the rows as one COPY's binary data (header, rows, trailer) into <paramref name="sink"/> without a
    /// database (the benchmark harness's client-only pipeline); null when the model has a column type not written here.
    /// </summary>
    internal static long? EncodeTo<T>(IModel postgresModel, IEnumerable<T> rows, Stream sink, CancellationToken ct)
        where T : class =>
        Plan<T>.For(postgresModel) is { } plan ? Encode(plan, rows, sink, ct) : null;

    private static long Encode<T>(Compiled<T> plan, IEnumerable<T> rows, Stream sink, CancellationToken ct)
        where T : class
    {
        using var buffer = new CopyBuffer();
        long copied = 0;
        buffer.Header();
        foreach (var row in rows)
        {
            if ((copied & 4095) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            buffer.Int16(plan.Columns);
            plan.Writer(buffer, row);
            copied++;
            if (buffer.Length >= CopyBuffer.FlushAt)
            {
                buffer.FlushTo(sink);
            }
        }

        buffer.Int16(-1);
        buffer.FlushTo(sink);
        return copied;
    }

    /// <summary>
    /// The rows of one COPY in PostgreSQL's binary format (big-endian), sent when 64 KiB are buffered. The bytes are
    /// rented from the shared pool (a fresh 128 KiB array per COPY went to the large object heap, and with a COPY or
    /// two per file those arrays drove gen2 collections) and go back on dispose.
    /// </summary>
    internal sealed class CopyBuffer : IDisposable
    {
        public const int FlushAt = 64 * 1024;
        private static readonly byte[] _signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xff, (byte)'\r', (byte)'\n', 0];
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
        private int _length;

        public int Length => _length;

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

        public void Header()
        {
            Room(19);
            _signature.CopyTo(_bytes, _length);
            _length += _signature.Length;
            Int32Raw(0); // flags
            Int32Raw(0); // header extension length
        }

        public void FlushTo(Stream stream)
        {
            stream.Write(_bytes, 0, _length);
            _length = 0;
        }

        public void Null()
        {
            Room(4);
            Int32Raw(-1);
        }

        public void Int16(short value)
        {
            Room(2);
            BinaryPrimitives.WriteInt16BigEndian(_bytes.AsSpan(_length), value);
            _length += 2;
        }

        public void Int2(short value)
        {
            Room(6);
            Int32Raw(2);
            BinaryPrimitives.WriteInt16BigEndian(_bytes.AsSpan(_length), value);
            _length += 2;
        }

        public void Int4(int value)
        {
            Room(8);
            Int32Raw(4);
            Int32Raw(value);
        }

        public void Int8(long value)
        {
            Room(12);
            Int32Raw(8);
            BinaryPrimitives.WriteInt64BigEndian(_bytes.AsSpan(_length), value);
            _length += 8;
        }

        public void Bool(bool value)
        {
            Room(5);
            Int32Raw(1);
            _bytes[_length++] = value ? (byte)1 : (byte)0;
        }

        public void Float8(double value)
        {
            Room(12);
            Int32Raw(8);
            BinaryPrimitives.WriteDoubleBigEndian(_bytes.AsSpan(_length), value);
            _length += 8;
        }

        public void Text(string value)
        {
            Room(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
            var written = Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length + 4));
            Int32Raw(written);
            _length += written;
        }

        public void Bytea(byte[] value)
        {
            Room(4 + value.Length);
            Int32Raw(value.Length);
            value.CopyTo(_bytes, _length);
            _length += value.Length;
        }

        /// <summary>
        /// numeric: digit count, weight (of the first base-10000 digit), sign, display scale, then the base-10000
        /// digits, integer part aligned on the decimal point; leading and trailing zero digits left out.
        /// </summary>
        public void Numeric(decimal value)
        {
            Span<short> digits = stackalloc short[16];
            var scale = value.Scale;
            var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture).AsSpan();
            var point = text.IndexOf('.');
            var whole = point < 0 ? text : text[..point];
            var fraction = point < 0 ? [] : text[(point + 1)..];
            var count = 0;
            var wholeGroups = (whole.Length + 3) / 4;
            var first = whole.Length - ((wholeGroups - 1) * 4); // the width of the leftmost group
            for (var g = 0; g < wholeGroups; g++)
            {
                var part = g == 0 ? whole[..first] : whole.Slice(first + ((g - 1) * 4), 4);
                digits[count++] = short.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var weight = wholeGroups - 1;
            for (var at = 0; at < fraction.Length; at += 4)
            {
                var part = fraction.Slice(at, Math.Min(4, fraction.Length - at));
                var group = short.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
                for (var pad = part.Length; pad < 4; pad++)
                {
                    group *= 10;
                }

                digits[count++] = group;
            }

            var start = 0;
            while (start < count && digits[start] == 0)
            {
                start++;
                weight--;
            }

            var end = count;
            while (end > start && digits[end - 1] == 0)
            {
                end--;
            }

            var n = end - start;
            if (n == 0)
            {
                weight = 0;
            }

            Room(4 + 8 + (2 * n));
            Int32Raw(8 + (2 * n));
            WriteShort((short)n);
            WriteShort((short)weight);
            WriteShort(value < 0 && n > 0 ? (short)0x4000 : (short)0);
            WriteShort((short)scale);
            for (var i = start; i < end; i++)
            {
                WriteShort(digits[i]);
            }
        }

        private void WriteShort(short value)
        {
            BinaryPrimitives.WriteInt16BigEndian(_bytes.AsSpan(_length), value);
            _length += 2;
        }

        private void Int32Raw(int value)
        {
            BinaryPrimitives.WriteInt32BigEndian(_bytes.AsSpan(_length), value);
            _length += 4;
        }

        private void Room(int bytes)
        {
            if (_length + bytes > _bytes.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + bytes));
                _bytes.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = larger;
            }
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
            _length = 0;
        }
    }

    /// <summary>The COPY statement and the row writer of one entity type, built once (null: a column type not written here).</summary>
    private static class Plan<T>
        where T : class
    {
        private static readonly Lock _gate = new();
        private static Compiled<T>? _cached;
        private static IModel? _cachedModel;

        public static Compiled<T>? For(IModel model)
        {
            lock (_gate)
            {
                if (!ReferenceEquals(_cachedModel, model))
                {
                    _cached = Build(model);
                    _cachedModel = model;
                }

                return _cached;
            }
        }

        private static Compiled<T>? Build(IModel model)
        {
            var (table, store, columns) = ModelColumns.Of<T>(model);
            var buffer = Expression.Parameter(typeof(CopyBuffer), "buffer");
            var row = Expression.Parameter(typeof(T), "row");
            var writes = new List<Expression>();
            foreach (var column in columns)
            {
                if (Write(column, buffer, ModelColumns.ProviderValue(column, row)) is not { } write)
                {
                    return null;
                }

                writes.Add(write);
            }

            var names = string.Join(", ", columns.Select(c => ModelColumns.Quote(ModelColumns.ColumnName(c, store))));
            var sql = $"copy {ModelColumns.Quote(table)} ({names}) from stdin (format binary)";
            var writer = Expression.Lambda<Action<CopyBuffer, T>>(Expression.Block(writes), buffer, row).Compile();
            return new Compiled<T>(sql, checked((short)columns.Count), writer);
        }

        /// <summary>The call writing one column's value (or NULL); null when its store type is not one written here.</summary>
        private static Expression? Write(IProperty column, ParameterExpression buffer, Expression value)
        {
            var storeType = (column.GetColumnType() ?? string.Empty).ToUpperInvariant();
            var baseType = storeType.Split('(')[0].Trim();
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            (string Method, Type Target)? write = baseType switch
            {
                "SMALLINT" when IsInteger(type) => (nameof(CopyBuffer.Int2), typeof(short)),
                "INTEGER" when IsInteger(type) => (nameof(CopyBuffer.Int4), typeof(int)),
                "BIGINT" when IsInteger(type) => (nameof(CopyBuffer.Int8), typeof(long)),
                "BOOLEAN" when type == typeof(bool) => (nameof(CopyBuffer.Bool), typeof(bool)),
                "DOUBLE PRECISION" when type == typeof(double) || type == typeof(float) => (nameof(CopyBuffer.Float8), typeof(double)),
                "NUMERIC" when type == typeof(decimal) => (nameof(CopyBuffer.Numeric), typeof(decimal)),
                "TEXT" or "CHARACTER VARYING" when type == typeof(string) => (nameof(CopyBuffer.Text), typeof(string)),
                "BYTEA" when type == typeof(byte[]) => (nameof(CopyBuffer.Bytea), typeof(byte[])),
                _ => null,
            };
            if (write is not { } w)
            {
                return null;
            }

            var method = typeof(CopyBuffer).GetMethod(w.Method, BindingFlags.Public | BindingFlags.Instance)!;
            var nullCall = Expression.Call(buffer, typeof(CopyBuffer).GetMethod(nameof(CopyBuffer.Null))!);
            if (!value.Type.IsValueType)
            {
                var reference = Expression.Variable(value.Type, "reference");
                return Expression.Block([reference],
                    Expression.Assign(reference, value),
                    Expression.IfThenElse(Expression.Equal(reference, Expression.Constant(null, value.Type)), nullCall, Expression.Call(buffer, method, reference)));
            }

            if (Nullable.GetUnderlyingType(value.Type) is not null)
            {
                var boxed = Expression.Variable(value.Type, "value");
                return Expression.Block([boxed],
                    Expression.Assign(boxed, value),
                    Expression.IfThenElse(Expression.Property(boxed, "HasValue"),
                        Expression.Call(buffer, method, Expression.Convert(Expression.Property(boxed, "Value"), w.Target)),
                        nullCall));
            }

            return Expression.Call(buffer, method, Expression.Convert(value, w.Target));
        }

        private static bool IsInteger(Type type) =>
            type == typeof(short) || type == typeof(int) || type == typeof(long) || type == typeof(byte);
    }

    private sealed record Compiled<T>(string Sql, short Columns, Action<CopyBuffer, T> Writer);
}
