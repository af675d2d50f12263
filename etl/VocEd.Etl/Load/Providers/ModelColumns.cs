using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace VocEd.Etl.Load.Providers;

/// <summary>
/// What the hand-written bulk paths (<see cref="SqliteRowInserter"/>, <see cref="PostgresRowCopier"/>) take from the
/// EF model: the table, the columns a row insert supplies (database-generated keys and computed columns left out) and
/// each column's value as the provider stores it (the model's value converter inlined; null stays null).
/// </summary>
internal static class ModelColumns
{
    public static (string Table, StoreObjectIdentifier Store, List<IProperty> Columns) Of<T>(IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd) && p.GetComputedColumnSql() is null)
            .ToList();
        return (table, store, columns);
    }

    public static string ColumnName(IProperty property, StoreObjectIdentifier store) => property.GetColumnName(store) ?? property.Name;

    /// <summary>The expression reading <paramref name="property"/> of <paramref name="row"/> as the provider stores it.</summary>
    public static Expression ProviderValue(IProperty property, Expression row)
    {
        if (property.PropertyInfo is not { } info)
        {
            throw new NotSupportedException($"{property.DeclaringType.ClrType.Name}.{property.Name}: only CLR properties are bulk-inserted");
        }

        Expression value = Expression.Property(row, info);
        if (property.GetTypeMapping().Converter is not { } converter)
        {
            return value;
        }

        var convert = converter.ConvertToProviderExpression;
        var providerType = convert.ReturnType;
        if (Nullable.GetUnderlyingType(value.Type) is null)
        {
            return Expression.Invoke(convert, Expression.Convert(value, convert.Parameters[0].Type));
        }

        var nullableProvider = providerType.IsValueType && Nullable.GetUnderlyingType(providerType) is null ? typeof(Nullable<>).MakeGenericType(providerType) : providerType;
        return Expression.Condition(
            Expression.Property(value, "HasValue"),
            Expression.Convert(Expression.Invoke(convert, Expression.Convert(Expression.Property(value, "Value"), convert.Parameters[0].Type)), nullableProvider),
            Expression.Constant(null, nullableProvider));
    }

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
