using System.Runtime.InteropServices;
using VocEd.Etl.Quarantine;
using VocEd.Etl.Records;
using VocEd.Etl.Scan;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Load;

/// <summary>
/// One pass over a submission's validated rows: counts them (<see cref="SubmissionTally"/>), counts every rule
/// failure per rule and keeps the first <paramref name="detailsPerRule"/> of each rule as etl_rejected_row rows (so a
/// file of a million junk rows holds a bounded list), and yields the accepted rows. Stops early once the rejection rate
/// is bound to exceed the threshold whatever the remaining rows hold (the scan knows the row count).
/// </summary>
internal sealed class RowStream(SubmissionScan scan, long submissionId, RejectionRatePolicy policy, int detailsPerRule = int.MaxValue)
{
    public SubmissionTally Tally { get; } = new();

    public List<EtlRejectedRow> Rejections { get; } = [];

    /// <summary>Rule failures per rule id (errors and warnings; a row counts once per rule it broke).</summary>
    public Dictionary<string, long> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the stream stopped because the submission will be quarantined.</summary>
    public bool RateExceeded { get; private set; }

    /// <summary>Called with the rows read so far, every 8,192 rows.</summary>
    public Action<long>? RowsRead { get; init; }

    public IEnumerable<ValidatedRow> Accepted(CancellationToken ct)
    {
        foreach (var row in scan.ReadRows(ct))
        {
            Tally.Add(row);
            if ((Tally.RowsRead & 8191) == 0)
            {
                RowsRead?.Invoke(Tally.RowsRead);
            }
            foreach (var violation in row.Violations)
            {
                ref var failures = ref CollectionsMarshal.GetValueRefOrAddDefault(ByRule, violation.RuleId, out _);
                if (++failures <= detailsPerRule)
                {
                    Rejections.Add(RejectedRows.From(submissionId, row, violation));
                }
            }

            if (row.IsRejected && policy.IsExceeded(scan.RowCount, Tally.RowsRejected))
            {
                RateExceeded = true;
                yield break;
            }

            if (!row.IsRejected)
            {
                yield return row;
            }
        }

        RateExceeded = policy.IsExceeded(Tally.RowsRead, Tally.RowsRejected);
    }
}
