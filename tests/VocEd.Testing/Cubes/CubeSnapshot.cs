using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Indicators;

namespace VocEd.Testing.Cubes;

/// <summary>Every cube row as (cube + natural key) → values, refreshed_at left out, for comparing two refreshes or two providers.</summary>
public static class CubeSnapshot
{
    public static async Task<SortedDictionary<string, double?[]>> ReadAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var rows = new SortedDictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var cube in CubeCatalog.All)
        {
            var keys = cube.Keys.Select(k => k.Name).ToList();
            var values = cube.Indicators.Select(i => i.Column).Concat(cube.Flags.Select(f => f.Name)).ToList();
            var sql = $"select {string.Join(", ", keys.Concat(values))} from {cube.Table}";
            var read = await SqlCommands.QueryAsync(connection, null, sql, r =>
            {
                var key = cube.Table + "|" + string.Join("|", keys.Select((_, i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)));
                var v = values.Select((_, i) => r.IsDBNull(keys.Count + i) ? (double?)null : Convert.ToDouble(r.GetValue(keys.Count + i), CultureInfo.InvariantCulture)).ToArray();
                return (key, v);
            }, CancellationToken.None);
            foreach (var (key, v) in read)
            {
                rows.Add(key, v);
            }
        }

        return rows;
    }

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
