using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// What the scheduled loads came to, as an ingest summary: one outcome per submission registered (in order of receipt),
/// read from etl_submission and etl_rejected_row. A submission that was loaded and then replaced by a later version
/// counts as loaded, as it does in the summary of `voced ingest`.
/// </summary>
internal static class LoadsSummary
{
    public static async Task<IngestSummary> ReadAsync(IWarehouseContextFactory warehouse, TimeSpan elapsed, int workers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        await using var db = warehouse.CreateContext();
        var submissions = await db.EtlSubmissions.AsNoTracking().OrderBy(s => s.SubmissionId).ToListAsync(ct).ConfigureAwait(false);
        var rules = (await db.EtlRejectedRows.AsNoTracking()
                .GroupBy(r => new { r.SubmissionId, r.RuleId })
                .Select(g => new { g.Key.SubmissionId, g.Key.RuleId, Count = g.LongCount() })
                .ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(r => r.SubmissionId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(r => r.RuleId, r => r.Count, StringComparer.Ordinal));
        var replaced = submissions.Where(s => s.SupersededBySubmissionId is not null && s.RowsRead > 0)
            .GroupBy(s => s.SupersededBySubmissionId!.Value)
            .ToDictionary(g => g.Key, g => g.Max(s => s.SubmissionId));
        var outcomes = submissions.Select(s => SubmissionOutcome.Of(s) with
        {
            Status = s.Status == SubmissionStatuses.Superseded && s.RowsLoaded + s.RowsRejected > 0 ? SubmissionStatuses.Loaded : s.Status,
            ByRule = rules.TryGetValue(s.SubmissionId, out var r) ? r : SubmissionOutcome.NoRules,
            ReplacedSubmissionId = replaced.TryGetValue(s.SubmissionId, out var old) ? old : null,
            Reason = s.Status == SubmissionStatuses.Superseded ? null : s.StatusReason,
        }).ToList();
        return new IngestSummary(0, outcomes, 0, elapsed) { Workers = workers };
    }
}
