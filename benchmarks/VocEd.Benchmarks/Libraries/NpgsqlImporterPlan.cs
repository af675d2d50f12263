using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using VocEd.Etl.Load.Providers;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// Npgsql's own binary importer for one entity type, as a switch away from the hand-written encoder would use it:
/// the same COPY statement and columns (taken from the EF model as <c>PostgresRowCopier</c> takes them), one typed,
/// synchronous <c>Write&lt;T&gt;(value, NpgsqlDbType)</c> per value — no boxing, no type resolved from the value — compiled
/// once into a row writer.
/// </summary>
internal sealed class NpgsqlImporterPlan<T>
    where T : class
{
    private NpgsqlImporterPlan(string sql, Action<NpgsqlBinaryImporter, T> writer)
    {
        Sql = sql;
        Writer = writer;
    }

    public string Sql { get; }

    public Action<NpgsqlBinaryImporter, T> Writer { get; }

    public static NpgsqlImporterPlan<T> Build(IModel model)
    {
        var (table, store, columns) = ModelColumns.Of<T>(model);
        var importer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "importer");
        var row = Expression.Parameter(typeof(T), "row");
        var writes = columns.Select(c => Write(c, importer, ModelColumns.ProviderValue(c, row))).ToList();
        var names = string.Join(", ", columns.Select(c => ModelColumns.Quote(ModelColumns.ColumnName(c, store))));
        var sql = $"copy {ModelColumns.Quote(table)} ({names}) from stdin (format binary)";
        return new NpgsqlImporterPlan<T>(sql, Expression.Lambda<Action<NpgsqlBinaryImporter, T>>(Expression.Block(writes), importer, row).Compile());
    }

    /// <summary>Copies the rows with one importer on the connection (inside its current transaction); returns how many.</summary>
    public long Copy(NpgsqlConnection connection, List<T> rows)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        using var importer = connection.BeginBinaryImport(Sql);
        foreach (var row in rows)
        {
            importer.StartRow();
            Writer(importer, row);
        }

        return (long)importer.Complete();
    }

    private static BlockExpression Write(IProperty column, ParameterExpression importer, Expression value)
    {
        var storeType = (column.GetColumnType() ?? string.Empty).ToUpperInvariant().Split('(')[0].Trim();
        var dbType = storeType switch
        {
            "SMALLINT" => NpgsqlDbType.Smallint,
            "INTEGER" => NpgsqlDbType.Integer,
            "BIGINT" => NpgsqlDbType.Bigint,
            "BOOLEAN" => NpgsqlDbType.Boolean,
            "DOUBLE PRECISION" => NpgsqlDbType.Double,
            "NUMERIC" => NpgsqlDbType.Numeric,
            "TEXT" => NpgsqlDbType.Text,
            "CHARACTER VARYING" => NpgsqlDbType.Varchar,
            "CHARACTER" => NpgsqlDbType.Char,
            "BYTEA" => NpgsqlDbType.Bytea,
            _ => throw new NotSupportedException($"{typeof(T).Name}.{column.Name}: {storeType} is not written here"),
        };
        var clr = Nullable.GetUnderlyingType(value.Type) ?? value.Type;

        // The CLR type Npgsql writes for the column: the store type's own (a byte key into smallint as short, say).
        var target = dbType switch
        {
            NpgsqlDbType.Smallint => typeof(short),
            NpgsqlDbType.Integer => typeof(int),
            NpgsqlDbType.Bigint => typeof(long),
            _ => clr,
        };
        var write = typeof(NpgsqlBinaryImporter).GetMethods()
            .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethodDefinition && m.GetParameters() is [_, { ParameterType: var p }] && p == typeof(NpgsqlDbType))
            .MakeGenericMethod(target);
        var writeNull = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes)!;
        var variable = Expression.Variable(value.Type, "value");
        Expression present = Nullable.GetUnderlyingType(value.Type) is not null ? Expression.Property(variable, "Value") : variable;
        var call = Expression.Call(importer, write, Expression.Convert(present, target), Expression.Constant(dbType));
        Expression body = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? call
            : Expression.IfThenElse(
                value.Type.IsValueType ? Expression.Property(variable, "HasValue") : Expression.NotEqual(variable, Expression.Constant(null, value.Type)),
                call,
                Expression.Call(importer, writeNull));
        return Expression.Block([variable], Expression.Assign(variable, value), body);
    }
}
