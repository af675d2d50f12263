using Microsoft.Data.Sqlite;
using VocEd.Etl.Load;
using VocEd.Etl.Tests.Load.Support;

namespace VocEd.Etl.Tests.Load;

/// <summary>
/// The claim's and the load's look-ups of a replacement key go through the whole (kind, submitter_code, year) index:
/// with the key's columns only partly usable, every file's claim read every earlier submission of its kind, and an
/// ingest slowed down with the square of its files.
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
            Assert.That(plan, Does.Contain("ix_etl_submission_kind_submitter_code_year_status (kind=? AND submitter_code=? AND year=?"), plan);
        }
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
