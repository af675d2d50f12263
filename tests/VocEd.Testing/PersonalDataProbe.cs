using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Testing;

/// <summary>
/// Looks for personal data where none may be: 18-character citizen IDs with a valid GB 11643 check digit (not part
/// of a longer run of letters and digits, so a hex pseudonym does not count) in text, and every text value of every
/// table of a warehouse; and, stricter, anything ID-shaped (17 digits and a digit or X, check digit right or wrong),
/// in every text and blob value (a blob read as Latin-1, so ASCII digits in it show).
/// </summary>
public static partial class PersonalDataProbe
{
    private static readonly int[] _weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string _checkCharacters = "10X98765432";

    /// <summary>The valid citizen IDs in <paramref name="text"/>.</summary>
    public static IEnumerable<string> CitizenIdsIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in CandidateId().Matches(text))
        {
            if (HasValidCheckDigit(match.Value))
            {
                yield return match.Value;
            }
        }
    }

    /// <summary>Everything ID-shaped in <paramref name="text"/>, whatever its check digit.</summary>
    public static IEnumerable<string> IdShapedIn(string? text) =>
        string.IsNullOrEmpty(text) ? [] : CandidateId().Matches(text).Select(m => m.Value);

    /// <summary>Every non-empty text and blob value of every table: (table, column, value), a blob as Latin-1 text.</summary>
    public static async Task<List<(string Table, string Column, string Value)>> TextAndBlobValuesAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var values = new List<(string, string, string)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var columns = entity.GetProperties().Where(p => p.ClrType == typeof(string) || p.ClrType == typeof(byte[])).Select(p => p.GetColumnName()).ToList();
            if (table is null || columns.Count == 0)
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"select {string.Join(", ", columns)} from {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        string text => text,
                        byte[] bytes => System.Text.Encoding.Latin1.GetString(bytes),
                        _ => null,
                    };
                    if (value is { Length: > 0 })
                    {
                        values.Add((table, columns[i], value));
                    }
                }
            }
        }

        return values;
    }

    public static bool HasValidCheckDigit(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * _weights[i];
        }

        return char.ToUpperInvariant(id[17]) == _checkCharacters[sum % 11];
    }

    /// <summary>Every non-empty text value of every table: (table, column, value).</summary>
    public static async Task<List<(string Table, string Column, string Value)>> TextValuesAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var values = new List<(string, string, string)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var columns = entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()).ToList();
            if (table is null || columns.Count == 0)
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"select {string.Join(", ", columns)} from {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetString(i) is { Length: > 0 } value)
                    {
                        values.Add((table, columns[i], value));
                    }
                }
            }
        }

        return values;
    }

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex CandidateId();
}
