using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using VocEd.Etl.Claims;
using VocEd.Etl.Load;
using VocEd.Etl.Tests.TestSupport;

namespace VocEd.Etl.Tests.Claims;

/// <summary>
/// The claim's and the load's look-ups of a replacement key go through a whole (kind, submitter_code, year, …) index —
/// the one ending in status, or the one ending in version, which also gives the key's latest version:
/// with the key's columns only partly usable, every file's claim read every earlier submission of its kind, and an
/// ingest slowed down with the square of its files. On PostgreSQL the ingest's statements are prepared automatically
/// and, after a few executions, planned once for every parameter value (a generic plan), while a new warehouse's
/// etl_submission is still nearly empty: such a plan must also go through the key.
/// </summary>
public sealed class ReplacementKeyIndexTests
{
    [Test]
    public async Task The_claim_state_and_the_load_start_search_the_replacement_key_index_on_all_three_columns()
    {
        using var harness = await LoadHarness.CreateAsync("sqlite");
        await using var connection = new SqliteConnection(harness.Warehouse.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { SubmissionClaimer.StateSql("10001", 2024), FactLoader.StartSql("10001", 2024, withSchool: false) })
        {
            var plan = await PlanAsync(connection, sql);
            Assert.That(plan, Does.Match(@"ix_etl_submission_kind_submitter_code_year_(status|version) \(kind=\? AND submitter_code=\? AND year=\?"), plan);
        }
    }

    [Test]
    public async Task On_PostgreSQL_the_generic_plans_of_the_claim_state_and_the_load_start_search_the_replacement_key_index()
    {
        using var harness = await LoadHarness.CreateAsync("postgres");
        await using var connection = new NpgsqlConnection(harness.Warehouse.ConnectionString);
        await connection.OpenAsync();
        await using (var generic = new NpgsqlCommand("set plan_cache_mode = force_generic_plan", connection))
        {
            await generic.ExecuteNonQueryAsync();
        }

        var statements = new[] { ("state", SubmissionClaimer.StateSql("10001", 2024)), ("start", FactLoader.StartSql("10001", 2024, withSchool: false)) };
        foreach (var (name, sql) in statements)
        {
            var plan = await GenericPlanAsync(connection, name, sql);
            Assert.That(plan, Does.Match("Index (Only )?Scan (Backward )?using ix_etl_submission_kind_submitter_code_year_(status|version)"), plan);
            Assert.That(plan, Does.Not.Contain("ix_etl_submission_status ").And.Not.Contain("Seq Scan on etl_submission"), plan);
        }
    }

    /// <summary>The statement prepared with its @names as $1, $2, … (types inferred) and explained as a generic plan.</summary>
    private static async Task<string> GenericPlanAsync(NpgsqlConnection connection, string name, string sql)
    {
        var names = new List<string>();
        var text = Regex.Replace(sql.Trim().TrimEnd(';'), "@[a-z]+", m =>
        {
            if (!names.Contains(m.Value))
            {
                names.Add(m.Value);
            }

            return "$" + (names.IndexOf(m.Value) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var values = string.Join(", ", names.Select(n => n == "@year" || n == "@id" ? "1" : "'x'"));
        await using (var prepare = new NpgsqlCommand($"prepare {name} as {text}", connection))
        {
            await prepare.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"explain execute {name}({values})", connection);
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private static async Task<string> PlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "explain query plan " + sql.Trim().TrimEnd(';');
        foreach (var name in new[] { "@hash", "@key", "@kind", "@submitter", "@year", "@id" })
        {
            command.Parameters.AddWithValue(name, name == "@year" || name == "@id" ? 1 : "x");
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }
}
