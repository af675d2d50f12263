using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Load;

/// <summary>
/// PostgreSQL plans a query from its statistics of each table, which autovacuum refreshes only some time after a load: a
/// query run right after a large ingest (an analyst's join of graduates to enrollment, a refresh) is then planned for the
/// tables as they were — nearly empty in a new warehouse — and can take orders of magnitude longer. So an ingest run
/// analyzes, at its end, the tables it loaded many rows into. SQLite and SQL Server need nothing here (SQL Server
/// updates its statistics itself when a query finds them stale).
/// </summary>
public static class FactStatistics
{
    /// <summary>The tables a submission of each kind writes its rows to.</summary>
    private static readonly Dictionary<string, string[]> _tablesOfKind = new(StringComparer.Ordinal)
    {
        [SubmissionKinds.Enrollment] = ["fact_enrollment"],
        [SubmissionKinds.GraduateDestination] = ["fact_graduate_outcome"],
        [SubmissionKinds.SchoolProfile] = ["fact_school_resources", "stg_school_profile", "dim_school"],
        [SubmissionKinds.RegionalIndustry] = ["fact_regional_industry"],
    };

    /// <summary>
    /// The tables the run's loaded submissions wrote at least <paramref name="minimumRows"/> rows to (etl_rejected_row
    /// counted by the rows rejected), in a fixed order.
    /// </summary>
    public static IReadOnlyList<string> TablesToAnalyze(IEnumerable<SubmissionOutcome> outcomes, long minimumRows)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.Status is SubmissionStatuses.Loaded && _tablesOfKind.TryGetValue(outcome.Kind, out var tables))
            {
                foreach (var table in tables)
                {
                    rows[table] = rows.GetValueOrDefault(table) + outcome.RowsLoaded;
                }
            }

            if (outcome.Status is SubmissionStatuses.Loaded or SubmissionStatuses.Quarantined)
            {
                rows["etl_rejected_row"] = rows.GetValueOrDefault("etl_rejected_row") + outcome.RowsRejected;
            }
        }

        return [.. rows.Where(r => r.Value > 0 && r.Value >= minimumRows).Select(r => r.Key)];
    }

    /// <summary>ANALYZE each of <paramref name="tables"/> (names from <see cref="TablesToAnalyze"/>, never user input) on PostgreSQL; nothing elsewhere.</summary>
    public static async Task<bool> AnalyzeAsync(WarehouseDbContext db, IReadOnlyList<string> tables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tables);
        if (db.Provider != WarehouseProvider.Postgres || tables.Count == 0)
        {
            return false;
        }

        var connection = db.Database.GetDbConnection();
        await SqlCommands.ExecuteAsync(connection, null, "analyze " + string.Join(", ", tables), ct).ConfigureAwait(false);
        return true;
    }
}
