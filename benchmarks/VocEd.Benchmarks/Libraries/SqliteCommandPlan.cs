using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using VocEd.Etl.Load.Providers;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// Microsoft.Data.Sqlite's prepared statements for one entity type, as a switch away from the e_sqlite3 inserter would
/// use them: one <c>SqliteCommand</c> per table (and per rows-per-statement), prepared once, its parameters created once
/// and given each row's values (read from the row as the EF model stores them, compiled once), executed inside the
/// connection's transaction. The constructor's rows-per-statement count of rows per execution; the rest one at a time.
/// </summary>
internal sealed class SqliteCommandPlan<T> : IDisposable
    where T : class
{
    private readonly Func<T, object?>[] _values;
    private readonly SqliteCommand _multi;
    private readonly SqliteCommand _single;
    private readonly int _rowsPerStatement;

    public SqliteCommandPlan(SqliteConnection connection, IModel model, int rowsPerStatement)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (table, store, columns) = ModelColumns.Of<T>(model);
        var row = Expression.Parameter(typeof(T), "row");
        _values = [.. columns.Select(c => Expression.Lambda<Func<T, object?>>(Expression.Convert(ModelColumns.ProviderValue(c, row), typeof(object)), row).Compile())];
        var insertInto = $"insert into {ModelColumns.Quote(table)} ({string.Join(", ", columns.Select(c => ModelColumns.Quote(ModelColumns.ColumnName(c, store))))}) values ";
        _rowsPerStatement = rowsPerStatement;
        _multi = Command(connection, insertInto, rowsPerStatement);
        _single = rowsPerStatement == 1 ? _multi : Command(connection, insertInto, 1);
    }

    /// <summary>Inserts the rows inside <paramref name="transaction"/>; returns how many.</summary>
    public long Insert(SqliteTransaction transaction, List<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _multi.Transaction = transaction;
        _single.Transaction = transaction;
        var width = _values.Length;
        var whole = rows.Count - (rows.Count % _rowsPerStatement);
        for (var start = 0; start < whole; start += _rowsPerStatement)
        {
            for (var r = 0; r < _rowsPerStatement; r++)
            {
                Bind(_multi, r * width, rows[start + r]);
            }

            _multi.ExecuteNonQuery();
        }

        for (var i = whole; i < rows.Count; i++)
        {
            Bind(_single, 0, rows[i]);
            _single.ExecuteNonQuery();
        }

        return rows.Count;
    }

    public void Dispose()
    {
        _multi.Dispose();
        _single.Dispose();
    }

    private void Bind(SqliteCommand command, int first, T row)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < _values.Length; i++)
        {
            parameters[first + i].Value = _values[i](row) ?? DBNull.Value;
        }
    }

    private SqliteCommand Command(SqliteConnection connection, string insertInto, int rows)
    {
        var width = _values.Length;
        var command = connection.CreateCommand();
        command.CommandText = insertInto + string.Join(", ", Enumerable.Range(0, rows)
            .Select(r => "(" + string.Join(", ", Enumerable.Range((r * width) + 1, width).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture))) + ")"));
        for (var i = 1; i <= rows * width; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        return command;
    }
}
