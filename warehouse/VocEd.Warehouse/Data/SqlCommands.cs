using System.Data.Common;

namespace VocEd.Warehouse.Data;

/// <summary>Runs parameterized SQL on an open connection (and its transaction): the raw-SQL path of set-based steps.</summary>
public static class SqlCommands
{
    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(map);
        await using var command = Create(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>
    /// Moves <paramref name="reader"/> from its current result set to the first one that has columns (a batch's
    /// INSERT, UPDATE or DELETE before a SELECT or RETURNING leaves one without, on some providers); false when none is left.
    /// </summary>
    public static async Task<bool> SkipToColumnsAsync(DbDataReader reader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.FieldCount == 0)
        {
            if (!await reader.NextResultAsync(ct).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is a constant of this codebase (CubeSql and friends); values go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        command.CommandTimeout = 3600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
