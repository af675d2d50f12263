using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Testing.Cubes;

/// <summary>Every cube row as (cube + natural key) → values, refreshed_at left out, for comparing two refreshes or two providers.</summary>
public static class CubeSnapshot
{
    /// <summary>The rows of every cube; descriptive columns named in <paramref name="ignoring"/> are left out of the rows' identity.</summary>
    public static async Task<SortedDictionary<string, double?[]>> ReadAsync(WarehouseOptions options, params string[] ignoring)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var rows = new SortedDictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var cube in CubeCatalog.All)
        {
            var keys = cube.Keys.Select(k => k.Name).ToList();
            var attributes = cube.Attributes.Where(a => !ignoring.Contains(a.Name, StringComparer.Ordinal)).ToList();
            var values = cube.Indicators.Select(i => i.Column).ToList();
            var sql = $"select {string.Join(", ", keys.Concat(attributes.Select(a => a.Name)).Concat(values))} from {cube.Table}";
            var read = await SqlCommands.QueryAsync(connection, null, sql, r =>
            {
                // Descriptive columns (a status, a name, a deadline) belong to the row's identity here: a different one
                // shows as a row only in one snapshot.
                var key = cube.Table + "|" + string.Join("|", keys.Select((_, i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)))
                    + string.Concat(attributes.Select((a, i) => "|" + Text(r.IsDBNull(keys.Count + i) ? null : r.GetValue(keys.Count + i), a.Type)));
                var offset = keys.Count + attributes.Count;
                var v = values.Select((_, i) => r.IsDBNull(offset + i) ? (double?)null : Convert.ToDouble(r.GetValue(offset + i), CultureInfo.InvariantCulture)).ToArray();
                return (key, v);
            }, CancellationToken.None);
            foreach (var (key, v) in read)
            {
                rows.Add(key, v);
            }
        }

        return rows;
    }

    private static readonly Regex _time = new(@"\|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{7}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The snapshot without what records the receipt itself — the submission-status cubes name each region's submission
    /// by its id and receipt time, which differ between two runs of the same files — and with times of day left out of the other
    /// rows' identities; everything else must be equal.
    /// </summary>
    public static SortedDictionary<string, double?[]> WithoutReceipts(SortedDictionary<string, double?[]> snapshot)
    {
        var rows = new SortedDictionary<string, double?[]>(StringComparer.Ordinal);
        var groups = snapshot.Where(r => !r.Key.StartsWith("cube_submission_status", StringComparison.Ordinal)).GroupBy(r => _time.Replace(r.Key, "|time"), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var i = 0;
            foreach (var row in group.OrderBy(r => string.Join(",", r.Value.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "∅")), StringComparer.Ordinal))
            {
                rows.Add(group.Key + "#" + (i++).ToString(CultureInfo.InvariantCulture), row.Value);
            }
        }

        return rows;
    }

    /// <summary>A descriptive value the same way on every provider (SQLite keeps dates and times as text, booleans as integers).</summary>
    private static string Text(object? value, CubeDescriptiveType type) => value switch
    {
        null => "∅",
        _ when type == CubeDescriptiveType.Timestamp => (value is DateTime t ? t : DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture))
            .ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        _ when type == CubeDescriptiveType.Date => value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)![..10],
        },
        _ when type == CubeDescriptiveType.Boolean => Convert.ToBoolean(value, CultureInfo.InvariantCulture) ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Differences beyond 1e-9 relative (NULL only equals NULL), as readable lines; empty when identical.</summary>
    public static List<string> Differences(SortedDictionary<string, double?[]> a, SortedDictionary<string, double?[]> b)
    {
        var diffs = new List<string>();
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            if (!a.TryGetValue(key, out var x) || !b.TryGetValue(key, out var y))
            {
                diffs.Add($"{key}: only in {(a.ContainsKey(key) ? "first" : "second")}");
                continue;
            }

            for (var i = 0; i < x.Length; i++)
            {
                var same = (x[i], y[i]) switch
                {
                    (null, null) => true,
                    ({ } p, { } q) => Math.Abs(p - q) <= (1e-9 * Math.Max(Math.Abs(p), Math.Abs(q))) + 1e-15,
                    _ => false,
                };
                if (!same)
                {
                    diffs.Add($"{key}[{i}]: {x[i]} vs {y[i]}");
                }
            }
        }

        return diffs;
    }
}
